#include "session.h"

#include "jsondecode.h"
#include "logging.h"
#include "pendingcall.h"
#include "secretstore.h"
#include "transport.h"

#include <QUrlQuery>

namespace charles {

namespace {

// application/x-www-form-urlencoded, every value percent-encoded (a password may hold '&',
// '+', '%', spaces and non-ASCII).
void appendField(QByteArray &body, const char *name, const QByteArray &value)
{
    if (!body.isEmpty())
        body.append('&');
    body.append(name);
    body.append('=');
    body.append(value.toPercentEncoding());
}

} // namespace

Session::Session(Transport *transport, QObject *parent) : QObject(parent), m_transport(transport)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::renew);
}

Session::~Session() = default;

void Session::setProfile(const ServerProfile &profile)
{
    if (m_state != State::SignedOut && !(profile == m_transport->profile()))
        signOut();
    m_transport->setProfile(profile);
}

const ServerProfile &Session::profile() const
{
    return m_transport->profile();
}

void Session::setSecretStore(SecretStore *store)
{
    m_store = store;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::signIn(const QString &account, SecretValue password, bool keepSignedIn)
{
    cancelSignIn();
    if (!profile().isValid()) {
        Q_EMIT signInFailed(ApiError(ApiError::Kind::Validation, 0, {},
                                     QStringLiteral("the server profile is not valid")));
        return;
    }
    m_stateBeforeSignIn = m_state == State::SigningIn ? State::SignedOut : m_state;
    m_account = account;
    m_keepSignedIn = keepSignedIn;
    setState(State::SigningIn);
    qCInfo(lcAuth) << "signing in to" << profile().label();

    QByteArray body;
    appendField(body, "grant_type", "password");
    appendField(body, "client_id", profile().clientId.toUtf8());
    appendField(body, "username", account.toUtf8());
    appendField(body, "password", password.bytes());
    password.clear();
    requestTokens(std::move(body), Mode::Login);
}

void Session::resume(const QString &account)
{
    cancelSignIn();
    if (!m_store || account.isEmpty() || !profile().isValid()) {
        Q_EMIT signInFailed(
            ApiError(ApiError::Kind::SessionExpired, 0, {}, QStringLiteral("no kept session")));
        return;
    }
    m_stateBeforeSignIn = m_state;
    m_account = account;
    m_keepSignedIn = true;
    setState(State::SigningIn);
    m_store->read(profile().keychainKey(account), this,
                  [this](SecretValue value, const ApiError &error) {
                      if (m_state != State::SigningIn)
                          return;
                      if (error.isError()) {
                          if (error.kind() == ApiError::Kind::KeychainUnavailable)
                              Q_EMIT secretStoreWarning(error);
                          failSignIn(error);
                          return;
                      }
                      if (value.isEmpty()) {
                          failSignIn(ApiError(ApiError::Kind::SessionExpired, 0, {},
                                              QStringLiteral("no kept session")));
                          return;
                      }
                      qCInfo(lcAuth) << "resuming a kept session with" << profile().label();
                      QByteArray body;
                      appendField(body, "grant_type", "refresh_token");
                      appendField(body, "client_id", profile().clientId.toUtf8());
                      appendField(body, "refresh_token", value.bytes());
                      requestTokens(std::move(body), Mode::Resume);
                  });
}

void Session::cancelSignIn()
{
    if (m_loginCall)
        m_loginCall->abort();
    if (m_state == State::SigningIn) {
        // A login in progress may hold an access token that nobody will use.
        if (m_stateBeforeSignIn != State::SignedIn)
            forgetTokens();
        setState(m_stateBeforeSignIn);
    }
}

void Session::requestTokens(QByteArray formBody, Mode mode)
{
    HttpRequest request;
    request.method = "POST";
    request.url = profile().tokenEndpoint();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = std::move(formBody);

    PendingCall *call =
        m_transport->send(std::move(request), this, [this, mode](Result<HttpResponse> result) {
            (mode == Mode::Refresh ? m_refreshCall : m_loginCall).clear();
            if (!result) {
                if (mode == Mode::Refresh)
                    handleRefreshFailure(result.error());
                else
                    failSignIn(result.error());
                return;
            }
            acceptTokens(result.value().body, mode);
        });
    if (mode == Mode::Refresh)
        m_refreshCall = call;
    else
        m_loginCall = call;
}

void Session::acceptTokens(QByteArray &body, Mode mode)
{
    auto tokens = json::decodeKeycloakTokens(body);
    if (!tokens) {
        if (mode == Mode::Refresh)
            handleRefreshFailure(tokens.error());
        else
            failSignIn(tokens.error());
        return;
    }
    auto claims = json::decodeJwtClaims(tokens.value().accessToken.bytes());
    if (!claims) {
        if (mode == Mode::Refresh)
            handleRefreshFailure(claims.error());
        else
            failSignIn(claims.error());
        return;
    }

    m_accessToken = std::move(tokens.value().accessToken);
    // Keycloak may rotate the refresh token; keep the newest one it sent.
    if (!tokens.value().refreshToken.isEmpty())
        m_refreshToken = std::move(tokens.value().refreshToken);
    scheduleRefresh(tokens.value().expiresIn);

    if (mode == Mode::Refresh) {
        qCInfo(lcAuth) << "refreshed the session; next refresh in" << refreshInterval() << "ms";
        if (m_keepSignedIn)
            storeRefreshToken();
        Q_EMIT renewed();
        return;
    }
    m_tokenEmail = claims.value().email;
    fetchUser();
}

void Session::fetchUser()
{
    HttpRequest request;
    request.url = profile().userUrl(m_tokenEmail);
    request.headers.append({"Authorization", authorizationHeader()});
    m_loginCall = m_transport->send(std::move(request), this, [this](Result<HttpResponse> result) {
        m_loginCall.clear();
        if (!result) {
            failSignIn(result.error());
            return;
        }
        auto user = json::decodeUser(result.value().body);
        if (!user) {
            failSignIn(user.error());
            return;
        }
        if (!user.value().isRoot) {
            qCInfo(lcAuth) << "the account is not root; ending its session";
            endKeycloakSession();
            forgetTokens();
            failSignIn(ApiError(ApiError::Kind::NotRoot));
            return;
        }
        m_user = user.takeValue();
        qCInfo(lcAuth) << "signed in to" << profile().label();
        setState(State::SignedIn);
        if (m_keepSignedIn)
            storeRefreshToken();
        Q_EMIT signedIn();
    });
}

void Session::failSignIn(const ApiError &error)
{
    qCInfo(lcAuth).noquote() << "sign-in failed:" << error.logText();
    if (m_user.email.isEmpty() || m_stateBeforeSignIn == State::SignedOut)
        forgetTokens();
    setState(m_stateBeforeSignIn == State::SignedIn ? State::Expired : m_stateBeforeSignIn);
    Q_EMIT signInFailed(error);
}

void Session::renew()
{
    if (m_refreshCall)
        return;
    if (m_refreshToken.isEmpty()) {
        if (m_state == State::SignedIn) {
            setState(State::Expired);
            Q_EMIT expired(ApiError(ApiError::Kind::SessionExpired));
        }
        return;
    }
    QByteArray body;
    appendField(body, "grant_type", "refresh_token");
    appendField(body, "client_id", profile().clientId.toUtf8());
    appendField(body, "refresh_token", m_refreshToken.bytes());
    requestTokens(std::move(body), Mode::Refresh);
}

void Session::handleRefreshFailure(const ApiError &error)
{
    qCInfo(lcAuth).noquote() << "refresh failed:" << error.logText();
    switch (error.kind()) {
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Tls:
        // The session may still be alive; try again a little later.
        m_refreshTimer.start(qBound(1000, refreshInterval() / 4, 10000));
        Q_EMIT renewFailed(error);
        return;
    default:
        break;
    }
    // Keycloak says the session is over: drop what was kept and ask for a new sign-in.
    endExpired(error);
}

void Session::reject(const ApiError &reason)
{
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth).noquote() << "the server refused a renewed access token:" << reason.logText();
    if (m_refreshCall)
        m_refreshCall->abort();
    endKeycloakSession();
    endExpired(reason);
}

void Session::endExpired(const ApiError &reason)
{
    if (m_store && m_keepSignedIn && !m_account.isEmpty())
        m_store->remove(profile().keychainKey(m_account), this, [](const ApiError &) {});
    forgetTokens();
    setState(State::Expired);
    Q_EMIT expired(reason);
}

void Session::signOut()
{
    cancelSignIn();
    m_refreshTimer.stop();
    if (m_refreshCall)
        m_refreshCall->abort();
    endKeycloakSession();
    if (m_store && !m_account.isEmpty())
        m_store->remove(profile().keychainKey(m_account), this, [](const ApiError &error) {
            if (error.isError())
                qCWarning(lcKeychain).noquote()
                    << "could not delete the kept session:" << error.logText();
        });
    forgetTokens();
    const bool wasSignedOut = m_state == State::SignedOut;
    m_user = UserProfile();
    m_tokenEmail.clear();
    setState(State::SignedOut);
    if (!wasSignedOut) {
        qCInfo(lcAuth) << "signed out";
        Q_EMIT signedOut();
    }
}

void Session::endKeycloakSession()
{
    if (m_refreshToken.isEmpty())
        return;
    QByteArray body;
    appendField(body, "client_id", profile().clientId.toUtf8());
    appendField(body, "refresh_token", m_refreshToken.bytes());
    HttpRequest request;
    request.method = "POST";
    request.url = profile().logoutEndpoint();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = std::move(body);
    m_transport->send(std::move(request), this, [](Result<HttpResponse> result) {
        if (!result)
            qCInfo(lcAuth).noquote()
                << "ending the Keycloak session failed:" << result.error().logText();
    });
}

QByteArray Session::authorizationHeader() const
{
    if (m_accessToken.isEmpty())
        return {};
    return QByteArrayLiteral("Bearer ") + m_accessToken.bytes();
}

int Session::refreshInterval() const
{
    const qint64 lifetime = qint64(m_expiresIn) * 1000;
    const qint64 margin = qMin<qint64>(30000, lifetime / 5);
    // At least a second (no refresh storm), at most a day (QTimer takes an int).
    return int(qBound(qint64(1000), lifetime - margin, qint64(24) * 3600 * 1000));
}

void Session::scheduleRefresh(int expiresIn)
{
    m_expiresIn = expiresIn;
    m_accessExpiry = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    m_refreshTimer.start(refreshInterval());
}

void Session::storeRefreshToken()
{
    if (!m_store || m_refreshToken.isEmpty() || m_account.isEmpty())
        return;
    m_store->write(
        profile().keychainKey(m_account), m_refreshToken, this, [this](const ApiError &error) {
            if (!error.isError())
                return;
            qCWarning(lcKeychain).noquote() << "could not keep the session:" << error.logText();
            Q_EMIT secretStoreWarning(error);
        });
}

void Session::forgetTokens()
{
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresIn = 0;
    m_accessExpiry = QDateTime();
}

} // namespace charles
