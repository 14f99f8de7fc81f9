#include "comparisonwindow.h"

#include "core/charlesapi.h"
#include "datetext.h"
#include "scopetext.h"
#include "ui_comparisonwindow.h"

#include <QHeaderView>

namespace charles {

ComparisonWindow::ComparisonWindow(CharlesApi *api, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::ComparisonWindow>()), m_api(api)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("comparisonWindow"));
    m_ui->table->setRowCount(RowCount);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Bold in the row headers marks differences; selection must not add its own.
    m_ui->table->verticalHeader()->setHighlightSections(false);
    m_ui->table->horizontalHeader()->setHighlightSections(false);

    connect(m_ui->differencesOnlyCheck, &QCheckBox::toggled, this, &ComparisonWindow::applyFilter);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int column = m_ui->table->currentColumn();
        if (column >= 0 && column < m_tokens.size())
            removeToken(m_tokens.at(column).id);
    });
    connect(m_ui->table, &QTableWidget::currentCellChanged, this,
            [this](int, int column) { m_ui->removeButton->setEnabled(column >= 0); });
    rebuild();
}

ComparisonWindow::~ComparisonWindow() = default;

void ComparisonWindow::addToken(const SystemToken &token)
{
    const QStringList ids = tokenIds();
    int column = int(ids.indexOf(token.id));
    if (column < 0) {
        m_tokens.append(token);
        column = int(m_tokens.size()) - 1;
    } else {
        m_tokens[column] = token;
    }
    rebuild();
    m_ui->table->scrollToItem(m_ui->table->item(0, column));

    const QString id = token.id;
    m_api->getToken(id, this,
                    [this, id](Result<SystemToken> result) { onRefreshed(id, std::move(result)); });
}

void ComparisonWindow::removeToken(const QString &id)
{
    const int column = int(tokenIds().indexOf(id));
    if (column < 0)
        return;
    m_tokens.removeAt(column);
    rebuild();
}

QStringList ComparisonWindow::tokenIds() const
{
    QStringList ids;
    for (const SystemToken &token : m_tokens)
        ids.append(token.id);
    return ids;
}

QString ComparisonWindow::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_ui->table->item(row, column);
    return item ? item->text() : QString();
}

bool ComparisonWindow::rowDiffers(int row) const
{
    for (int column = 1; column < m_tokens.size(); ++column) {
        if (valueFor(m_tokens.at(column), row) != valueFor(m_tokens.first(), row))
            return true;
    }
    return false;
}

void ComparisonWindow::onRefreshed(const QString &id, Result<SystemToken> result)
{
    const int column = int(tokenIds().indexOf(id));
    if (column < 0)
        return;
    if (!result) {
        if (result.error().kind() == ApiError::Kind::NotFound) {
            removeToken(id);
            Q_EMIT tokenGone(id);
        }
        return;
    }
    if (result.value().revoked) {
        removeToken(id);
        Q_EMIT tokenGone(id);
        return;
    }
    m_tokens[column] = result.takeValue();
    rebuild();
}

QString ComparisonWindow::rowTitle(int row)
{
    switch (row) {
    case NameRow:
        return tr("Name");
    case AuthorRow:
        return tr("Created by");
    case CreatedRow:
        return tr("Created");
    case LastUsedRow:
        return tr("Last used");
    case WorkspacesRow:
        return tr("Workspaces");
    case ModulesRow:
        return ScopeText::subjectName(ScopeSubject::Modules);
    case CirclesRow:
        return ScopeText::subjectName(ScopeSubject::Circles);
    case DeployRow:
        return ScopeText::subjectName(ScopeSubject::Deploy);
    case MaintenanceRow:
        return ScopeText::subjectName(ScopeSubject::Maintenance);
    case OtherScopesRow:
        return tr("Other scopes");
    }
    return {};
}

QString ComparisonWindow::valueFor(const SystemToken &token, int row)
{
    const auto level = [&](ScopeSubject subject) {
        const QString text = ScopeText::level(token.permissions, subject);
        //: A scope the token has no permission on, in the comparison
        return text.isEmpty() ? tr("None") : text;
    };
    switch (row) {
    case NameRow:
        return token.name;
    case AuthorRow:
        return token.author;
    case CreatedRow:
        return DateText::absolute(token.createdAt);
    case LastUsedRow:
        return token.lastUsedAt.isValid() ? DateText::absolute(token.lastUsedAt) : tr("Never used");
    case WorkspacesRow: {
        if (token.allWorkspaces)
            return tr("All workspaces, including new ones");
        QStringList names;
        for (const WorkspaceRef &workspace : token.workspaces)
            names.append(workspace.name.isEmpty() ? workspace.id : workspace.name);
        names.sort(Qt::CaseInsensitive);
        return names.join(QLatin1Char('\n'));
    }
    case ModulesRow:
        return level(ScopeSubject::Modules);
    case CirclesRow:
        return level(ScopeSubject::Circles);
    case DeployRow:
        return level(ScopeSubject::Deploy);
    case MaintenanceRow:
        return level(ScopeSubject::Maintenance);
    case OtherScopesRow:
        return token.permissions.unknownNames().join(QStringLiteral(", "));
    }
    return {};
}

void ComparisonWindow::rebuild()
{
    QTableWidget *table = m_ui->table;
    table->setColumnCount(int(m_tokens.size()));
    QStringList headers;
    for (const SystemToken &token : std::as_const(m_tokens))
        headers.append(token.name);
    table->setHorizontalHeaderLabels(headers);

    for (int row = 0; row < RowCount; ++row) {
        const bool differs = m_tokens.size() > 1 && rowDiffers(row);
        // Marked by a sign and a bold face, not by colour alone.
        auto *header =
            new QTableWidgetItem(differs ? QStringLiteral("≠ ") + rowTitle(row) : rowTitle(row));
        QFont font = header->font();
        font.setBold(differs);
        header->setFont(font);
        header->setData(Qt::AccessibleDescriptionRole,
                        differs ? tr("differs between the tokens") : QString());
        table->setVerticalHeaderItem(row, header);
        for (int column = 0; column < m_tokens.size(); ++column) {
            auto *item = new QTableWidgetItem(valueFor(m_tokens.at(column), row));
            item->setFont(font);
            table->setItem(row, column, item);
        }
    }
    table->resizeRowsToContents();
    m_ui->removeButton->setEnabled(!m_tokens.isEmpty() && table->currentColumn() >= 0);
    setWindowTitle(tr("Compare tokens (%n)", nullptr, int(m_tokens.size())));
    applyFilter();
}

void ComparisonWindow::applyFilter()
{
    const bool onlyDifferences = m_ui->differencesOnlyCheck->isChecked();
    for (int row = 0; row < RowCount; ++row)
        m_ui->table->setRowHidden(row, onlyDifferences && !rowDiffers(row));
}

void ComparisonWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuild();
    }
}

} // namespace charles
