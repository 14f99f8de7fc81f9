#include "workspacespage.h"

#include "core/workspacemodel.h"
#include "createtokenwizard.h"
#include "ui_workspacespage.h"

#include <QLocale>

namespace charles {

namespace {

// How many names the selection summary lists before it only counts.
constexpr int kNamesShown = 8;

} // namespace

WorkspacesPage::WorkspacesPage(WorkspaceModel *model, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::WorkspacesPage>()), m_model(model)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workspacesPage"));
    m_ui->workspaceList->setModel(m_model);

    connect(m_ui->allRadio, &QRadioButton::toggled, this, &WorkspacesPage::onChoiceChanged);
    connect(m_ui->selectedRadio, &QRadioButton::toggled, this, &WorkspacesPage::onChoiceChanged);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &WorkspaceModel::setSearchText);
    connect(m_ui->retryButton, &QPushButton::clicked, m_model, &WorkspaceModel::reload);
    connect(m_model, &WorkspaceModel::selectionChanged, this, &WorkspacesPage::onSelectionChanged);
    connect(m_model, &WorkspaceModel::stateChanged, this, &WorkspacesPage::updateListState);

    m_ui->chooser->setEnabled(false);
    retranslate();
}

WorkspacesPage::~WorkspacesPage() = default;

bool WorkspacesPage::hasChoice() const
{
    return m_ui->allRadio->isChecked() || m_ui->selectedRadio->isChecked();
}

bool WorkspacesPage::allWorkspaces() const
{
    return m_ui->allRadio->isChecked();
}

void WorkspacesPage::setAllWorkspaces(bool all)
{
    (all ? m_ui->allRadio : m_ui->selectedRadio)->setChecked(true);
}

QList<WorkspaceRef> WorkspacesPage::selection() const
{
    return m_model->selection();
}

void WorkspacesPage::setServerMessage(const QString &message)
{
    m_serverMessage = message;
    updateMessage();
}

void WorkspacesPage::initializePage()
{
    // One page of workspaces, once per wizard: going back and forth costs nothing more.
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
    updateListState();
}

bool WorkspacesPage::isComplete() const
{
    if (m_ui->allRadio->isChecked())
        return true;
    return m_ui->selectedRadio->isChecked() && !m_model->selection().isEmpty();
}

void WorkspacesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void WorkspacesPage::retranslate()
{
    setTitle(tr("Workspaces"));
    setSubTitle(tr("Which workspaces the token may reach."));
    updateListState();
    updateSelectionText();
    updateMessage();
}

void WorkspacesPage::onChoiceChanged()
{
    m_ui->chooser->setEnabled(m_ui->selectedRadio->isChecked());
    m_serverMessage.clear();
    updateMessage();
    Q_EMIT completeChanged();
}

void WorkspacesPage::onSelectionChanged()
{
    m_serverMessage.clear();
    updateSelectionText();
    updateMessage();
    Q_EMIT completeChanged();
}

void WorkspacesPage::updateListState()
{
    QString text;
    bool retry = false;
    switch (m_model->state()) {
    case WorkspaceModel::State::Idle:
    case WorkspaceModel::State::Loaded:
        break;
    case WorkspaceModel::State::Loading:
        text = tr("Loading workspaces…");
        break;
    case WorkspaceModel::State::Empty:
        text = m_model->searchText().trimmed().isEmpty()
            ? tr("There are no workspaces yet.")
            : tr("No workspace matches “%1”.").arg(m_model->searchText().trimmed());
        break;
    case WorkspaceModel::State::Error:
        text = tr("The workspaces could not be loaded. %1").arg(m_model->lastError().userMessage());
        retry = true;
        break;
    }
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setVisible(!text.isEmpty());
    m_ui->retryButton->setVisible(retry);
}

void WorkspacesPage::updateSelectionText()
{
    const QList<WorkspaceRef> chosen = m_model->selection();
    if (chosen.isEmpty()) {
        m_ui->selectionLabel->setText(tr("No workspace selected yet: check at least one."));
        return;
    }

    QStringList names;
    for (qsizetype i = 0; i < chosen.size() && i < kNamesShown; ++i)
        names.append(chosen.at(i).name.isEmpty() ? chosen.at(i).id : chosen.at(i).name);
    QString list = QLocale().createSeparatedList(names);
    if (chosen.size() > kNamesShown)
        list = tr("%1 and %n more", "selected workspace names, then a count",
                  int(chosen.size() - kNamesShown))
                   .arg(names.join(QLatin1String(", ")));
    m_ui->selectionLabel->setText(
        tr("%n workspace(s) selected: %1", nullptr, int(chosen.size())).arg(list));
}

void WorkspacesPage::updateMessage()
{
    CreateTokenWizard::showInlineMessage(m_ui->workspacesMessageIcon, m_ui->workspacesMessageLabel,
                                         m_serverMessage);
}

} // namespace charles
