#pragma once

#include "apierror.h"
#include "pendingcall.h"
#include "secretvalue.h"
#include "serverprofile.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace charles {

class SecretStore;
class Transport;

// The signed-in session with one Charles server: Keycloak's password login, the access
// token kept fresh in the background, the root check, and sign-out.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State {
        SignedOut, // nobody signed in
        SigningIn, // a login or a resume is under way
        SignedIn, // a valid access token and a root user
        Expired // the session ended and could not be renewed: sign in again
    };
    Q_ENUM(State)

    explicit Session(Transport *transport, QObject *parent = nullptr);
    ~Session() override;

    Transport *transport() const { return m_transport; }

    // The profile to sign in to. Changing it signs out.
    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const;

    // Where "keep me signed in" stores the refresh token; none means memory only.
    void setSecretStore(SecretStore *store);
    SecretStore *secretStore() const { return m_store; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const UserProfile &user() const { return m_user; }
    // The name the admin typed at the last sign-in (e-mail or user name).
    const QString &account() const { return m_account; }

    // Logs in with the password grant, then checks the user is root. Ends in signedIn() or
    // signInFailed(). The password is wiped once sent.
    void signIn(const QString &account, SecretValue password, bool keepSignedIn);
    // Resumes a kept session for `account` from the secret store, silently. Ends in
    // signedIn() or signInFailed() (an absent entry fails with SessionExpired).
    void resume(const QString &account);
    void cancelSignIn();
    // Ends the Keycloak session, forgets the tokens and deletes the stored entry.
    void signOut();

    // "Bearer <access token>", exactly as gate splits it. Empty when not signed in.
    QByteArray authorizationHeader() const;

    // Asks for a new access token now (the API client does, after a 401). Concurrent asks
    // share one refresh. Ends in renewed() or expired().
    void renew();
    // The server refused an access token just renewed: this session is no good any more. It
    // ends as an expired one does (the kept entry dropped, expired() emitted) and Keycloak is
    // told; a new sign-in is needed.
    void reject(const ApiError &reason);
    bool isRenewing() const { return m_refreshCall && !m_refreshCall->isFinished(); }

    // When the access token expires, as Keycloak said (expires_in), and when it is renewed.
    QDateTime accessTokenExpiry() const { return m_accessExpiry; }
    int refreshInterval() const;

Q_SIGNALS:
    void stateChanged(charles::Session::State state);
    void signedIn();
    void signInFailed(const charles::ApiError &error);
    void renewed();
    // The session could not be renewed; the admin must sign in again. Calls waiting on the
    // session stay parked until then.
    void expired(const charles::ApiError &reason);
    // A renewal failed for a reason that may pass (network, server): the session stays, and
    // the renewal is tried again shortly.
    void renewFailed(const charles::ApiError &error);
    void signedOut();
    // The secret store failed in a way the admin should hear about (no backend); the session
    // goes on in memory.
    void secretStoreWarning(const charles::ApiError &error);

private:
    enum class Mode { Login, Resume, Refresh };

    void setState(State state);
    void requestTokens(QByteArray formBody, Mode mode);
    void acceptTokens(QByteArray &body, Mode mode);
    void fetchUser();
    void failSignIn(const ApiError &error);
    void handleRefreshFailure(const ApiError &error);
    void endExpired(const ApiError &reason);
    void endKeycloakSession();
    void scheduleRefresh(int expiresIn);
    void storeRefreshToken();
    void forgetTokens();

    Transport *m_transport;
    SecretStore *m_store = nullptr;
    State m_state = State::SignedOut;
    State m_stateBeforeSignIn = State::SignedOut;
    UserProfile m_user;
    QString m_account;
    QString m_tokenEmail; // from the access token's claims
    bool m_keepSignedIn = false;
    SecretValue m_accessToken;
    SecretValue m_refreshToken;
    QDateTime m_accessExpiry;
    int m_expiresIn = 0;
    QTimer m_refreshTimer;
    QPointer<PendingCall> m_loginCall;
    QPointer<PendingCall> m_refreshCall;
};

} // namespace charles
