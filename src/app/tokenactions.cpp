#include "tokenactions.h"

#include "clipboardguard.h"
#include "confirmations.h"
#include "core/charlesapi.h"
#include "core/pendingcall.h"
#include "createtokenwizard.h"
#include "uilogging.h"

#include <QMessageBox>

namespace charles {

namespace {

// gate's messages end with or without a full stop depending on the call.
bool sameMessage(const QString &received, const char *known)
{
    QString text = received.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    QString expected = QLatin1String(known);
    if (expected.endsWith(QLatin1Char('.')))
        expected.chop(1);
    return text.compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace

TokenActions::TokenActions(CharlesApi *api, ClipboardGuard *guard, QWidget *window, QObject *parent)
    : QObject(parent), m_api(api), m_guard(guard), m_window(window)
{
}

TokenActions::~TokenActions()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.confirmation)
            pending.confirmation->deleteLater();
    }
}

CreateTokenWizard *TokenActions::createToken()
{
    if (m_wizard) {
        m_wizard->show();
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }

    auto *wizard = new CreateTokenWizard(m_api, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: when an outcome is unknown the admin checks the list behind it, input kept.
    wizard->setWindowModality(Qt::NonModal);
    m_wizard = wizard;
    connect(wizard, &CreateTokenWizard::tokenCreated, this,
            [this, wizard](const SystemToken &token) { onWizardCreated(wizard, token); });
    connect(wizard, &CreateTokenWizard::outcomeUnknown, this, &TokenActions::showTokensNamed);
    connect(wizard, &CreateTokenWizard::busyChanged, this, &TokenActions::creatingChanged);
    qCInfo(lcUi) << "opening the creation wizard";
    wizard->show();
    return wizard;
}

void TokenActions::revokeToken(const SystemToken &token)
{
    if (token.id.isEmpty() || bringForward(token.id))
        return;
    const QString id = token.id;
    const QString name = token.name;
    begin(id, Confirmations::askRevoke(m_window, name, this, [this, id, name] {
              startRevoke(id, name);
          }));
}

void TokenActions::regenerateToken(const SystemToken &token)
{
    if (token.id.isEmpty() || bringForward(token.id))
        return;
    const QString id = token.id;
    const QString name = token.name;
    begin(id, Confirmations::askRegenerate(m_window, name, this, [this, id, name] {
              startRegenerate(id, name);
          }));
}

bool TokenActions::isWaitingForServer() const
{
    if (isCreating())
        return true;
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [](const Pending &pending) { return pending.running; });
}

bool TokenActions::isCreating() const
{
    return m_wizard && m_wizard->isBusy();
}

bool TokenActions::bringForward(const QString &id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return false;
    if (it->confirmation) {
        it->confirmation->raise();
        it->confirmation->activateWindow();
    }
    return true;
}

void TokenActions::begin(const QString &id, QMessageBox *confirmation)
{
    m_pending.insert(id, Pending {confirmation, {}, false});
    // Answered either way, the box finishes; unless the answer started a call, nothing is
    // under way any more.
    connect(confirmation, &QDialog::finished, this, [this, id] { onConfirmationClosed(id); });
    Q_EMIT busyChanged(id, true);
}

void TokenActions::onConfirmationClosed(const QString &id)
{
    const auto it = m_pending.constFind(id);
    if (it != m_pending.constEnd() && !it->running)
        finish(id);
}

void TokenActions::startRevoke(const QString &id, const QString &name)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->running)
        return;
    it->running = true;
    qCInfo(lcUi) << "revoking system token" << id;
    PendingCall *call = m_api->revokeToken(
        id, this, [this, id, name](Result<Done> result) { onRevoked(id, name, result); });
    callSent(id, call);
}

void TokenActions::startRegenerate(const QString &id, const QString &name)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->running)
        return;
    it->running = true;
    qCInfo(lcUi) << "regenerating system token" << id;
    PendingCall *call =
        m_api->regenerateToken(id, this, [this, id, name](Result<SecretValue> result) {
            onRegenerated(id, name, std::move(result));
        });
    callSent(id, call);
}

void TokenActions::callSent(const QString &id, PendingCall *call)
{
    // The call may have ended already, without the network: then nothing waits for it.
    const auto still = m_pending.find(id);
    if (still == m_pending.end())
        return;
    still->call = call;
    Q_EMIT waitingForServer(id);
}

void TokenActions::onRevoked(const QString &id, const QString &name, const Result<Done> &result)
{
    finish(id);
    if (result.ok()) {
        qCInfo(lcUi) << "system token revoked:" << id;
        Q_EMIT statusMessage(tr("The token “%1” was revoked.").arg(name));
        Q_EMIT tokenRevoked(id);
        return;
    }

    const ApiError &error = result.error();
    qCWarning(lcUi) << "revoking system token" << id << "failed:" << error.logText();
    if (tellIfGone(id, name, error))
        return;
    if (error.kind() == ApiError::Kind::Conflict &&
        sameMessage(error.serverMessage(), "Token already revoked.")) {
        tell(false, tr("Token already revoked"), tr("This token was already revoked."),
             tr("Someone else revoked “%1” in the meantime. It is taken off the list.").arg(name));
        Q_EMIT tokenRevoked(id);
        return;
    }
    if (error.outcomeUnknown()) {
        tell(true, tr("Revoking may not have finished"),
             tr("No answer came back, so the token “%1” may or may not be revoked.").arg(name),
             tr("Revoke it again to be sure: revoking a token that is already revoked does no "
                "harm."));
        return;
    }
    tell(true, tr("Token not revoked"), tr("The token “%1” was not revoked.").arg(name),
         error.userMessage());
}

bool TokenActions::tellIfGone(const QString &id, const QString &name, const ApiError &error)
{
    // The token vanished in between (someone else's action): say so and correct the list.
    if (error.kind() != ApiError::Kind::NotFound)
        return false;
    tell(false, tr("Token not found"), tr("This token no longer exists."),
         tr("“%1” is taken off the list.").arg(name));
    Q_EMIT tokenRevoked(id);
    return true;
}

void TokenActions::onRegenerated(const QString &id, const QString &name, Result<SecretValue> result)
{
    finish(id);
    if (result.ok()) {
        qCInfo(lcUi) << "system token regenerated:" << id;
        Q_EMIT tokenRegenerated(id);
        showValue(TokenValueDialog::Origin::Regenerated, name, result.takeValue());
        return;
    }

    const ApiError &error = result.error();
    qCWarning(lcUi) << "regenerating system token" << id << "failed:" << error.logText();
    if (tellIfGone(id, name, error))
        return;
    if (error.kind() == ApiError::Kind::Conflict &&
        sameMessage(error.serverMessage(), "Cannot update revoked tokens")) {
        tell(true, tr("Token revoked"),
             tr("The server refused to regenerate “%1”: the token was revoked.").arg(name),
             tr("A revoked token cannot be regenerated. It is taken off the list; create a new "
                "token instead."));
        Q_EMIT tokenRevoked(id);
        return;
    }
    if (error.outcomeUnknown()) {
        tell(true, tr("Regenerating may have happened"),
             tr("No answer came back, so the token “%1” may have been regenerated: its old "
                "value may have stopped working.")
                 .arg(name),
             tr("Regenerate it again to get a value you can see."));
        return;
    }
    tell(true, tr("Token not regenerated"), tr("The token “%1” was not regenerated.").arg(name),
         error.userMessage());
}

void TokenActions::onWizardCreated(CreateTokenWizard *wizard, const SystemToken &token)
{
    SecretValue value = wizard->takeTokenValue();
    Q_EMIT statusMessage(tr("The token “%1” was created.").arg(token.name));
    Q_EMIT tokenCreated(token);
    showValue(TokenValueDialog::Origin::Created, token.name, std::move(value));
}

void TokenActions::finish(const QString &id)
{
    if (m_pending.remove(id) > 0)
        Q_EMIT busyChanged(id, false);
}

void TokenActions::tell(bool warning, const QString &title, const QString &text,
                        const QString &details)
{
    Confirmations::tell(m_window, warning, title, text, details);
}

void TokenActions::showValue(TokenValueDialog::Origin origin, const QString &name,
                             SecretValue value)
{
    if (value.isEmpty()) {
        qCWarning(lcUi) << "the server sent no token value to show";
        return;
    }
    auto *dialog = new TokenValueDialog(origin, name, std::move(value), m_guard, m_window);
    m_valueDialog = dialog;
    dialog->open();
}

} // namespace charles
