#include "scopespage.h"

#include "createtokenwizard.h"
#include "ui_scopespage.h"

#include <QSignalBlocker>

namespace charles {

ScopesPage::ScopesPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ScopesPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scopesPage"));

    // Subjects with two actions show a partial selection; clicking one never lands on the
    // partial state itself: the page decides the state from the rules and redraws it.
    const struct
    {
        QCheckBox *box;
        ScopeSubject subject;
    } subjects[] = {
        {m_ui->modulesCheck, ScopeSubject::Modules},
        {m_ui->circlesCheck, ScopeSubject::Circles},
        {m_ui->deployCheck, ScopeSubject::Deploy},
        {m_ui->maintenanceCheck, ScopeSubject::Maintenance},
    };
    for (const auto &entry : subjects) {
        const ScopeSubject subject = entry.subject;
        entry.box->setTristate(subject == ScopeSubject::Modules ||
                               subject == ScopeSubject::Circles);
        connect(entry.box, &QCheckBox::clicked, this,
                [this, subject] { onSubjectClicked(subject); });
    }

    const struct
    {
        QCheckBox *box;
        Permission permission;
    } actions[] = {
        {m_ui->modulesWriteCheck, Permission::ModulesWrite},
        {m_ui->modulesReadCheck, Permission::ModulesRead},
        {m_ui->circlesWriteCheck, Permission::CirclesWrite},
        {m_ui->circlesReadCheck, Permission::CirclesRead},
    };
    for (const auto &entry : actions) {
        const Permission permission = entry.permission;
        connect(entry.box, &QCheckBox::clicked, this,
                [this, permission](bool on) { onPermissionClicked(permission, on); });
    }

    sync();
    retranslate();
}

ScopesPage::~ScopesPage() = default;

void ScopesPage::setPermissions(const PermissionSet &permissions)
{
    m_permissions = permissions;
    sync();
    Q_EMIT completeChanged();
}

void ScopesPage::setServerMessage(const QString &message)
{
    m_serverMessage = message;
    updateMessage();
}

bool ScopesPage::isComplete() const
{
    return m_permissions.known() != Permissions();
}

void ScopesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ScopesPage::retranslate()
{
    setTitle(tr("Scopes"));
    setSubTitle(tr("What the token may do in its workspaces. Choose at least one scope."));
    updateMessage();
}

void ScopesPage::onSubjectClicked(ScopeSubject subject)
{
    // A full subject is cleared; an empty or partial one is completed.
    const bool on = m_permissions.subjectState(subject) != Qt::Checked;
    apply(m_permissions.withSubject(subject, on));
}

void ScopesPage::onPermissionClicked(Permission permission, bool on)
{
    apply(m_permissions.withPermission(permission, on));
}

void ScopesPage::apply(const PermissionSet &permissions)
{
    m_permissions = permissions;
    m_touched = true;
    m_serverMessage.clear();
    sync();
    updateMessage();
    Q_EMIT completeChanged();
}

void ScopesPage::sync()
{
    const auto show = [](QCheckBox *box, Qt::CheckState state) {
        const QSignalBlocker blocker(box);
        box->setCheckState(state);
    };
    const auto flag = [this](Permission p) {
        return m_permissions.contains(p) ? Qt::Checked : Qt::Unchecked;
    };
    show(m_ui->modulesCheck, m_permissions.subjectState(ScopeSubject::Modules));
    show(m_ui->circlesCheck, m_permissions.subjectState(ScopeSubject::Circles));
    show(m_ui->deployCheck, m_permissions.subjectState(ScopeSubject::Deploy));
    show(m_ui->maintenanceCheck, m_permissions.subjectState(ScopeSubject::Maintenance));
    show(m_ui->modulesWriteCheck, flag(Permission::ModulesWrite));
    show(m_ui->modulesReadCheck, flag(Permission::ModulesRead));
    show(m_ui->circlesWriteCheck, flag(Permission::CirclesWrite));
    show(m_ui->circlesReadCheck, flag(Permission::CirclesRead));
}

void ScopesPage::updateMessage()
{
    QString message = m_serverMessage;
    if (message.isEmpty() && m_touched && !isComplete())
        message = tr("Choose at least one scope.");
    CreateTokenWizard::showInlineMessage(m_ui->scopesMessageIcon, m_ui->scopesMessageLabel,
                                         message);
}

} // namespace charles
