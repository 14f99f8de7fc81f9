#pragma once

#include "core/permissionset.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;

namespace charles {

namespace Ui {
class ScopesPage;
}

// The wizard's third page: the scopes, by subject, following the web UI's rules (a subject
// selects all its actions, write brings read, unchecking read drops write). Subject boxes
// show a partial selection. At least one scope is required.
class ScopesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopesPage(QWidget *parent = nullptr);
    ~ScopesPage() override;

    PermissionSet permissions() const { return m_permissions; }
    void setPermissions(const PermissionSet &permissions);

    // A message from the server about the scopes; it stays until the scopes change.
    void setServerMessage(const QString &message);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSubjectClicked(ScopeSubject subject);
    void onPermissionClicked(Permission permission, bool on);
    void apply(const PermissionSet &permissions);
    void sync();
    void updateMessage();

    std::unique_ptr<Ui::ScopesPage> m_ui;
    PermissionSet m_permissions;
    QString m_serverMessage;
    bool m_touched = false;
};

} // namespace charles
