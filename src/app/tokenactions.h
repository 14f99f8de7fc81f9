#pragma once

#include "core/result.h"
#include "core/types.h"
#include "tokenvaluedialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace charles {

class CharlesApi;
class ClipboardGuard;
class CreateTokenWizard;
class PendingCall;

// The create, revoke and regenerate flows: the wizard, the confirmations, the calls, and the
// one-time copy dialog for a new value. The list is corrected through signals, never by
// reloading it. One action at a time per token; busyChanged() lets the owner disable its
// buttons meanwhile. Every dialog is opened without blocking and is modal to `window`.
class TokenActions : public QObject
{
    Q_OBJECT

public:
    // `guard` must outlive the copy dialogs (one per application); `window` parents dialogs.
    TokenActions(CharlesApi *api, ClipboardGuard *guard, QWidget *window,
                 QObject *parent = nullptr);
    ~TokenActions() override;

    // Ctrl+N: opens the creation wizard, or brings the one already open forward.
    CreateTokenWizard *createToken();
    // Delete: asks, then revokes `token`.
    void revokeToken(const SystemToken &token);
    // Asks, then regenerates `token` and shows its new value once.
    void regenerateToken(const SystemToken &token);

    // True while a confirmation is open or a call is running for that token.
    bool isBusy(const QString &tokenId) const { return m_pending.contains(tokenId); }
    // True while the wizard waits for the server.
    bool isCreating() const;
    // True while a create, revoke or regenerate waits for the server's answer.
    bool isWaitingForServer() const;

    CreateTokenWizard *wizard() const { return m_wizard; }
    // The copy dialog opened last, while it is open.
    TokenValueDialog *valueDialog() const { return m_valueDialog; }

Q_SIGNALS:
    // Insert it into the list (TokenListModel::insertToken); its value went to the dialog.
    void tokenCreated(const charles::SystemToken &token);
    // Take the token off the list and close its details: revoked now, or found revoked or
    // gone when acted upon.
    void tokenRevoked(const QString &id);
    // The token got a new value (shown in the copy dialog); its metadata did not change.
    void tokenRegenerated(const QString &id);
    // A create's outcome is unknown: show the list filtered by this name.
    void showTokensNamed(const QString &name);
    // From the confirmation on until the answer: the token's actions wait.
    void busyChanged(const QString &tokenId, bool busy);
    // The confirmed call went out; its answer is awaited.
    void waitingForServer(const QString &tokenId);
    void creatingChanged(bool creating);
    // A short note for the status bar ("Token “x” revoked.").
    void statusMessage(const QString &text);

private:
    struct Pending
    {
        QPointer<QMessageBox> confirmation;
        QPointer<PendingCall> call;
        bool running = false;
    };

    bool bringForward(const QString &id);
    void begin(const QString &id, QMessageBox *confirmation);
    void onConfirmationClosed(const QString &id);
    void startRevoke(const QString &id, const QString &name);
    void startRegenerate(const QString &id, const QString &name);
    // Keeps the call that went out for `id` and says it is waiting for the server.
    void callSent(const QString &id, PendingCall *call);
    void onRevoked(const QString &id, const QString &name, const Result<Done> &result);
    void onRegenerated(const QString &id, const QString &name, Result<SecretValue> result);
    bool tellIfGone(const QString &id, const QString &name, const ApiError &error);
    void onWizardCreated(CreateTokenWizard *wizard, const SystemToken &token);
    void finish(const QString &id);
    void tell(bool warning, const QString &title, const QString &text, const QString &details = {});
    void showValue(TokenValueDialog::Origin origin, const QString &name, SecretValue value);

    CharlesApi *m_api;
    QPointer<ClipboardGuard> m_guard;
    QPointer<QWidget> m_window;
    QPointer<CreateTokenWizard> m_wizard;
    QPointer<TokenValueDialog> m_valueDialog;
    QHash<QString, Pending> m_pending;
};

} // namespace charles
