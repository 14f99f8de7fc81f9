#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedLayout;

namespace charles {

namespace Ui {
class TokenDetailsWidget;
}

class CharlesApi;
class PendingCall;

// The details of one token: name, author and creation date, last use, workspaces and a table
// of scopes. Showing a token draws what the list knows at once, then asks the server for the
// token again and shows what it sent.
class TokenDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsWidget(QWidget *parent = nullptr);
    ~TokenDetailsWidget() override;

    void setApi(CharlesApi *api);
    // Buttons under the details for these actions (revoke, regenerate); the actions belong
    // to the window.
    void setActions(QAction *revoke, QAction *regenerate);

    // Shows `token` and, unless told not to, refreshes it from the server.
    void showToken(const SystemToken &token, bool refresh = true);
    // Back to "Select a token".
    void clear();
    // Asks the server for the shown token again.
    void refresh();

    bool hasToken() const { return !m_token.id.isEmpty(); }
    const SystemToken &token() const { return m_token; }
    // True once the server said the token no longer exists or was revoked.
    bool isGone() const { return m_gone; }
    bool isRefreshing() const { return !m_call.isNull(); }

Q_SIGNALS:
    // The server sent the token again (possibly changed: last use, workspace names).
    void tokenRefreshed(const charles::SystemToken &token);
    // The server no longer lists the token: 404, or revoked meanwhile.
    void tokenGone(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureUi();
    void applyActions();
    void render();
    void fillScopes(const PermissionSet &permissions);
    void showNotice(const QString &text, bool warning);
    void hideNotice();
    void onRefreshed(const QString &id, Result<SystemToken> result);

    QStackedLayout *m_stack; // the placeholder, or the details
    QLabel *m_placeholder;
    QWidget *m_content = nullptr; // the details' form, built when first needed
    std::unique_ptr<Ui::TokenDetailsWidget> m_ui;
    QPointer<QAction> m_revokeAction;
    QPointer<QAction> m_regenerateAction;
    QPointer<CharlesApi> m_api;
    SystemToken m_token;
    bool m_gone = false;
    QPointer<PendingCall> m_call;
};

} // namespace charles
