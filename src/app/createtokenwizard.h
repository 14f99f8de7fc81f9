#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "core/types.h"

#include <QPointer>
#include <QWizard>

class QLabel;

namespace charles {

class CharlesApi;
class NamePage;
class PendingCall;
class ReviewPage;
class ScopesPage;
class WorkspaceModel;
class WorkspacesPage;

// The creation wizard: name, workspaces, scopes, review. "Generate token" sends exactly one
// request however often it is pressed; while it runs the wizard shows it is working and
// cannot be closed. A refusal leads back to the page it concerns with everything kept; an
// unknown outcome is never retried and asks the owner to show the tokens with that name.
class CreateTokenWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NamePageId, WorkspacesPageId, ScopesPageId, ReviewPageId };
    Q_ENUM(PageId)

    explicit CreateTokenWizard(CharlesApi *api, QWidget *parent = nullptr);
    ~CreateTokenWizard() override;

    // What "Generate token" would send now.
    TokenDraft draft() const;
    bool isBusy() const { return m_busy; }

    // The created token's value, once: call it from tokenCreated()'s handler and move it on
    // to the copy dialog. Later, or a second time, it is empty; the wizard wipes an untaken
    // value when it closes.
    SecretValue takeTokenValue();

    WorkspaceModel *workspaceModel() const { return m_workspaceModel; }
    NamePage *namePage() const { return m_namePage; }
    WorkspacesPage *workspacesPage() const { return m_workspacesPage; }
    ScopesPage *scopesPage() const { return m_scopesPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }

    void reject() override;
    void done(int result) override;

    // Shows `message` in a page's inline message row (icon and text), or hides the row.
    static void showInlineMessage(QLabel *icon, QLabel *label, const QString &message);

Q_SIGNALS:
    // The server created the token. Take its value with takeTokenValue() in the handler;
    // the wizard closes right after.
    void tokenCreated(const charles::SystemToken &token);
    // No answer says whether a token named `name` was created (timeout, lost connection, a
    // proxy's 5xx): show the list filtered by that name, so the admin can check and revoke.
    void outcomeUnknown(const QString &name);
    void busyChanged(bool busy);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void onCreated(Result<CreatedToken> result);
    void showFailure(const ApiError &error);
    void goBackTo(int pageId);
    void setBusy(bool busy);

    CharlesApi *m_api;
    WorkspaceModel *m_workspaceModel;
    NamePage *m_namePage;
    WorkspacesPage *m_workspacesPage;
    ScopesPage *m_scopesPage;
    ReviewPage *m_reviewPage;
    QPointer<PendingCall> m_call;
    QString m_sentName;
    SecretValue m_value;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace charles
