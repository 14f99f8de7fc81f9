#include "reviewpage.h"

#include "createtokenwizard.h"
#include "ui_reviewpage.h"

namespace charles {

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewPage"));
    m_ui->busyBar->setVisible(false);
    m_ui->busyLabel->setVisible(false);
    retranslate();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::showDraft(const TokenDraft &draft, const QList<WorkspaceRef> &workspaces)
{
    m_draft = draft;
    m_workspaces = workspaces;
    render();
}

void ReviewPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    if (busy)
        setMessage({});
    Q_EMIT completeChanged();
}

void ReviewPage::setMessage(const QString &message)
{
    m_message = message;
    CreateTokenWizard::showInlineMessage(m_ui->reviewMessageIcon, m_ui->reviewMessageLabel,
                                         message);
}

bool ReviewPage::isComplete() const
{
    return !m_busy;
}

QStringList ReviewPage::scopeLines(const PermissionSet &permissions)
{
    QStringList lines;
    const auto subjectLine = [&](const QString &subject, Permission write, Permission read) {
        const bool canWrite = permissions.contains(write);
        const bool canRead = permissions.contains(read);
        if (canWrite && canRead)
            lines.append(tr("%1 — All permissions", "scope — permission").arg(subject));
        else if (canWrite)
            lines.append(tr("%1 — Write", "scope — permission").arg(subject));
        else if (canRead)
            lines.append(tr("%1 — Read", "scope — permission").arg(subject));
    };
    subjectLine(tr("Modules"), Permission::ModulesWrite, Permission::ModulesRead);
    subjectLine(tr("Circles"), Permission::CirclesWrite, Permission::CirclesRead);
    if (permissions.contains(Permission::DeployWrite))
        lines.append(tr("Deploy"));
    if (permissions.contains(Permission::MaintenanceWrite))
        lines.append(tr("Maintenance"));
    return lines;
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the token, then generate it."));
    render();
}

void ReviewPage::render()
{
    m_ui->nameValue->setText(m_draft.name);

    if (m_draft.allWorkspaces) {
        m_ui->workspacesValue->setText(tr("All workspaces, including new ones"));
    } else {
        QStringList names;
        for (const WorkspaceRef &workspace : std::as_const(m_workspaces))
            names.append(workspace.name.isEmpty() ? workspace.id : workspace.name);
        m_ui->workspacesValue->setText(tr("%n workspace(s): %1", nullptr, int(names.size()))
                                           .arg(names.join(QLatin1String(", "))));
    }

    m_ui->scopesValue->setText(scopeLines(m_draft.permissions).join(QLatin1Char('\n')));
}

} // namespace charles
