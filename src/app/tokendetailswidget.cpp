#include "tokendetailswidget.h"

#include "core/charlesapi.h"
#include "core/pendingcall.h"
#include "datetext.h"
#include "scopetext.h"
#include "ui_tokendetailswidget.h"
#include "uilogging.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QStyle>

namespace charles {

namespace {

void setQuiet(QWidget *widget, const QPalette &from)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, from.color(QPalette::PlaceholderText));
    widget->setPalette(palette);
}

void setScaledBold(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

} // namespace

TokenDetailsWidget::TokenDetailsWidget(QWidget *parent) : QWidget(parent)
{
    // Until a token is shown, only the placeholder: the details' form (its scopes table
    // above all) is built the first time it is needed, which keeps it off the start-up path.
    setAccessibleName(tr("Token details"));
    m_stack = new QStackedLayout(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setText(tr("Select a token to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setQuiet(m_placeholder, palette());
    m_stack->addWidget(m_placeholder);
}

TokenDetailsWidget::~TokenDetailsWidget() = default;

void TokenDetailsWidget::ensureUi()
{
    if (m_ui)
        return;
    m_content = new QWidget(this);
    m_ui = std::make_unique<Ui::TokenDetailsWidget>();
    m_ui->setupUi(m_content);
    m_stack->addWidget(m_content);

    setScaledBold(m_ui->nameLabel, 1.35);
    setScaledBold(m_ui->workspacesHeading, 1.0);
    setScaledBold(m_ui->scopesHeading, 1.0);
    setQuiet(m_ui->refreshLabel, palette());
    // Beside the name; keeping its room when hidden keeps a long name from re-wrapping.
    QSizePolicy refreshPolicy = m_ui->refreshLabel->sizePolicy();
    refreshPolicy.setRetainSizeWhenHidden(true);
    m_ui->refreshLabel->setSizePolicy(refreshPolicy);

    // The spacer under the details takes the height left; without a stretch, the layout
    // (driven by the wrapped labels' height-for-width) spreads it between the lines.
    m_ui->contentsLayout->setStretch(m_ui->contentsLayout->count() - 1, 1);

    m_ui->nameLabel->setAccessibleName(tr("Token name"));
    m_ui->workspacesLabel->setAccessibleName(tr("Workspaces"));
    m_ui->scopesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->scopesTable->horizontalHeader()->setHighlightSections(false);
    m_ui->scopesTable->setFocusPolicy(Qt::NoFocus);
    applyActions();
    m_ui->refreshLabel->hide();
    hideNotice();
}

void TokenDetailsWidget::setApi(CharlesApi *api)
{
    m_api = api;
}

void TokenDetailsWidget::setActions(QAction *revoke, QAction *regenerate)
{
    m_revokeAction = revoke;
    m_regenerateAction = regenerate;
    if (m_ui)
        applyActions();
}

void TokenDetailsWidget::applyActions()
{
    m_ui->revokeButton->setDefaultAction(m_revokeAction);
    m_ui->regenerateButton->setDefaultAction(m_regenerateAction);
    m_ui->revokeButton->setVisible(m_revokeAction);
    m_ui->regenerateButton->setVisible(m_regenerateAction);
}

void TokenDetailsWidget::showToken(const SystemToken &token, bool refresh)
{
    if (m_call)
        m_call->abort();
    m_token = token;
    m_gone = false;
    ensureUi();
    hideNotice();
    render();
    m_stack->setCurrentWidget(m_content);
    if (refresh)
        this->refresh();
}

void TokenDetailsWidget::clear()
{
    if (m_call)
        m_call->abort();
    m_token = {};
    m_gone = false;
    m_stack->setCurrentWidget(m_placeholder);
    if (!m_ui)
        return;
    hideNotice();
    m_ui->refreshLabel->hide();
}

void TokenDetailsWidget::refresh()
{
    if (!m_api || m_token.id.isEmpty())
        return;
    if (m_call)
        m_call->abort();

    const QString id = m_token.id;
    m_ui->refreshLabel->show();
    m_call = m_api->getToken(
        id, this, [this, id](Result<SystemToken> result) { onRefreshed(id, std::move(result)); });
}

void TokenDetailsWidget::onRefreshed(const QString &id, Result<SystemToken> result)
{
    m_ui->refreshLabel->hide();
    if (id != m_token.id)
        return;

    if (!result.ok()) {
        const ApiError &error = result.error();
        if (error.kind() == ApiError::Kind::NotFound) {
            qCInfo(lcUi) << "details: the shown token no longer exists";
            m_gone = true;
            showNotice(tr("This token no longer exists. Someone may have revoked it."), true);
            m_ui->detailsBody->hide();
            Q_EMIT tokenGone(id);
            return;
        }
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        qCInfo(lcUi) << "details: refresh failed:" << error.logText();
        showNotice(tr("The details could not be refreshed: %1").arg(error.userMessage()), true);
        return;
    }

    m_token = result.takeValue();
    render();
    if (m_token.revoked) {
        m_gone = true;
        showNotice(tr("This token has been revoked. Applications using it no longer have "
                      "access."),
                   true);
        Q_EMIT tokenGone(id);
        return;
    }
    hideNotice();
    Q_EMIT tokenRefreshed(m_token);
}

void TokenDetailsWidget::render()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->detailsBody->show();
    m_ui->nameLabel->setText(m_token.name);

    m_ui->authorLabel->setText(m_token.author.isEmpty() ? tr("Created by an unknown user")
                                                        : tr("Created by %1").arg(m_token.author));
    m_ui->createdLabel->setText(
        m_token.createdAt.isValid()
            ? tr("Created on %1").arg(DateText::full(m_token.createdAt, now))
            : QString());
    m_ui->createdLabel->setVisible(m_token.createdAt.isValid());
    m_ui->lastUsedLabel->setText(
        m_token.lastUsedAt.isValid()
            ? tr("Last used at %1").arg(DateText::full(m_token.lastUsedAt, now))
            : tr("This token has not been used yet"));

    if (m_token.allWorkspaces) {
        m_ui->workspacesLabel->setText(tr("All workspaces, including new ones"));
    } else if (m_token.workspaces.isEmpty()) {
        m_ui->workspacesLabel->setText(tr("No workspace"));
    } else {
        QStringList names;
        for (const WorkspaceRef &workspace : std::as_const(m_token.workspaces))
            names.append(workspace.name.isEmpty() ? workspace.id : workspace.name);
        m_ui->workspacesLabel->setText(names.join(QLatin1Char('\n')));
    }

    fillScopes(m_token.permissions);
}

void TokenDetailsWidget::fillScopes(const PermissionSet &permissions)
{
    struct Row
    {
        QString scope;
        QString permission;
    };
    QList<Row> rows;
    for (ScopeSubject subject : ScopeText::subjects()) {
        const QString level = ScopeText::level(permissions, subject);
        if (!level.isEmpty())
            rows.append({ScopeText::subjectName(subject), level});
    }
    // Names this client does not know (hypothesis_* on older servers) show as received.
    for (const QString &name : permissions.unknownNames())
        rows.append({name, QString()});

    QTableWidget *table = m_ui->scopesTable;
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).scope));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).permission));
    }
    table->resizeRowsToContents();

    // The table shows every row; the scroll area around the details scrolls, not the table.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int i = 0; i < table->rowCount(); ++i)
        height += table->rowHeight(i);
    table->setFixedHeight(height);
}

void TokenDetailsWidget::showNotice(const QString &text, bool warning)
{
    const QStyle::StandardPixmap pixmap =
        warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->noticeIcon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size));
    m_ui->noticeLabel->setText(text);
    m_ui->noticeFrame->show();
}

void TokenDetailsWidget::hideNotice()
{
    m_ui->noticeLabel->clear();
    m_ui->noticeFrame->hide();
}

void TokenDetailsWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setQuiet(m_placeholder, palette());
        if (m_ui)
            setQuiet(m_ui->refreshLabel, palette());
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Token details"));
        m_placeholder->setText(tr("Select a token to see its details."));
        if (m_ui)
            m_ui->retranslateUi(m_content);
        if (hasToken())
            render();
    }
}

} // namespace charles
