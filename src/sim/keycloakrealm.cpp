#include "keycloakrealm.h"

#include "sim/simuser.h"
#include "sim/userdirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charles::sim {

static SimReply oauthError(int status, const QString &error, const QString &description)
{
    return SimReply::json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

KeycloakRealm::KeycloakRealm(UserDirectory *users) : m_users(users) { }

QString KeycloakRealm::realmName()
{
    return u"charlescd"_s;
}

QString KeycloakRealm::clientId()
{
    return u"charlescd-client"_s;
}

void KeycloakRealm::setIssuerBase(const QUrl &base)
{
    m_issuerBase = base;
}

QString KeycloakRealm::issuer() const
{
    return m_issuerBase.toString() + u"/keycloak/auth/realms/"_s + realmName();
}

SimReply KeycloakRealm::handle(const SimRequest &request)
{
    static const QRegularExpression route(
        u"^/keycloak/auth/realms/([^/]+)(/protocol/openid-connect/(token|logout)"
        u"|/\\.well-known/openid-configuration)?$"_s);
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return SimReply::json(404,
                              {{u"error"_s, u"Unable to find matching target resource method"_s}});
    if (match.captured(1) != realmName())
        return SimReply::json(404, {{u"error"_s, u"Realm does not exist"_s}});

    const QString endpoint = match.captured(3);
    const bool isGet = request.method == "GET";
    if (endpoint.isEmpty()) {
        if (!isGet)
            return SimReply::json(405, {{u"error"_s, u"HTTP 405 Method Not Allowed"_s}});
        return match.captured(2).isEmpty() ? realmInfo() : discovery();
    }
    if (request.method != "POST")
        return SimReply::json(405, {{u"error"_s, u"HTTP 405 Method Not Allowed"_s}});
    return endpoint == u"token" ? tokenEndpoint(request) : logoutEndpoint(request);
}

static util::FormFields formOf(const SimRequest &request)
{
    // Keycloak reads the body only when it is declared as a form.
    const QByteArray type = request.header("content-type").trimmed().toLower();
    if (!type.startsWith("application/x-www-form-urlencoded"))
        return {};
    return util::parseForm(request.body);
}

SimReply KeycloakRealm::tokenEndpoint(const SimRequest &request)
{
    const util::FormFields form = formOf(request);
    const QString grantType = util::formValue(form, u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing form parameter: grant_type"_s);
    if (util::formValue(form, u"client_id"_s) != clientId())
        return oauthError(400, u"invalid_client"_s, u"Invalid client credentials"_s);

    if (grantType == u"password")
        return passwordGrant(form);
    if (grantType == u"refresh_token")
        return refreshGrant(form);
    return oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant_type"_s);
}

SimReply KeycloakRealm::passwordGrant(const util::FormFields &form)
{
    if (!m_passwordGrantEnabled) {
        return oauthError(400, u"unauthorized_client"_s,
                          u"Client not allowed for direct access grants"_s);
    }
    const SimUser *user = m_users->findLogin(util::formValue(form, u"username"_s));
    if (!user || user->password != util::formValue(form, u"password"_s))
        return oauthError(401, u"invalid_grant"_s, u"Invalid user credentials"_s);

    const QString sessionId = util::randomUuid();
    m_activeSessions.insert(sessionId);
    return issueTokens(*user, sessionId);
}

const KeycloakRealm::Grant *KeycloakRealm::checkRefreshToken(const QString &value,
                                                             SimReply *error) const
{
    const auto it = m_refreshTokens.constFind(value.toUtf8());
    if (it == m_refreshTokens.constEnd()) {
        *error = oauthError(400, u"invalid_grant"_s, u"Invalid refresh token"_s);
        return nullptr;
    }
    if (nowMs() >= it->expiresAtMs) {
        *error = oauthError(400, u"invalid_grant"_s, u"Token is not active"_s);
        return nullptr;
    }
    if (!m_activeSessions.contains(it->sessionId)) {
        *error = oauthError(400, u"invalid_grant"_s, u"Session not active"_s);
        return nullptr;
    }
    return &*it;
}

SimReply KeycloakRealm::refreshGrant(const util::FormFields &form)
{
    const QString value = util::formValue(form, u"refresh_token"_s);
    if (value.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing form parameter: refresh_token"_s);

    SimReply error;
    const Grant *grant = checkRefreshToken(value, &error);
    if (!grant)
        return error;
    const SimUser *user = m_users->findByEmail(grant->email);
    if (!user)
        return oauthError(400, u"invalid_grant"_s, u"User not found"_s);
    const QString sessionId = grant->sessionId;
    return issueTokens(*user, sessionId);
}

SimReply KeycloakRealm::logoutEndpoint(const SimRequest &request)
{
    const util::FormFields form = formOf(request);
    if (util::formValue(form, u"client_id"_s) != clientId())
        return oauthError(400, u"invalid_client"_s, u"Invalid client credentials"_s);
    const QString value = util::formValue(form, u"refresh_token"_s);
    if (value.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"No refresh token"_s);

    SimReply error;
    const Grant *grant = checkRefreshToken(value, &error);
    if (!grant)
        return error;
    m_activeSessions.remove(grant->sessionId);
    return SimReply::empty(204);
}

SimReply KeycloakRealm::issueTokens(const SimUser &user, const QString &sessionId)
{
    const qint64 now = nowMs();
    const qint64 iat = now / 1000;
    const QJsonObject accessHeader {
        {u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"charles-sim"_s}};
    const QString givenName = user.name.section(u' ', 0, 0);
    const QJsonObject accessPayload {
        {u"exp"_s, iat + m_accessLifetime},
        {u"iat"_s, iat},
        {u"jti"_s, util::randomUuid()},
        {u"iss"_s, issuer()},
        {u"aud"_s, u"account"_s},
        {u"sub"_s, user.id},
        {u"typ"_s, u"Bearer"_s},
        {u"azp"_s, clientId()},
        {u"session_state"_s, sessionId},
        {u"scope"_s, u"email profile"_s},
        {u"realm_access"_s,
         QJsonObject {{u"roles"_s, user.isRoot ? QJsonArray {u"management"_s} : QJsonArray {}}}},
        {u"email_verified"_s, true},
        {u"name"_s, user.name},
        {u"preferred_username"_s, user.userName},
        {u"given_name"_s, givenName},
        {u"family_name"_s, user.name.section(u' ', 1)},
        {u"email"_s, user.email},
    };
    const QJsonObject refreshHeader {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject refreshPayload {
        {u"exp"_s, iat + m_refreshLifetime},
        {u"iat"_s, iat},
        {u"jti"_s, util::randomUuid()},
        {u"iss"_s, issuer()},
        {u"aud"_s, issuer()},
        {u"sub"_s, user.id},
        {u"typ"_s, u"Refresh"_s},
        {u"azp"_s, clientId()},
        {u"session_state"_s, sessionId},
        {u"scope"_s, u"email profile"_s},
    };

    const QByteArray access = makeJwt(accessHeader, accessPayload);
    const QByteArray refresh = makeJwt(refreshHeader, refreshPayload);
    m_accessTokens.insert(access, {user.email, sessionId, now + m_accessLifetime * 1000LL});
    m_refreshTokens.insert(refresh, {user.email, sessionId, now + m_refreshLifetime * 1000LL});

    return SimReply::json(200,
                          {
                              {u"access_token"_s, QString::fromLatin1(access)},
                              {u"expires_in"_s, m_accessLifetime},
                              {u"refresh_expires_in"_s, m_refreshLifetime},
                              {u"refresh_token"_s, QString::fromLatin1(refresh)},
                              {u"token_type"_s, u"Bearer"_s},
                              {u"not-before-policy"_s, 0},
                              {u"session_state"_s, sessionId},
                              {u"scope"_s, u"email profile"_s},
                          });
}

QByteArray KeycloakRealm::makeJwt(const QJsonObject &header, const QJsonObject &payload) const
{
    return util::base64Url(util::compactJson(header)) + '.' +
        util::base64Url(util::compactJson(payload)) + '.' + util::base64Url(util::randomBytes(64));
}

std::optional<QString> KeycloakRealm::emailForAccessToken(const QByteArray &accessToken) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.constEnd() || nowMs() >= it->expiresAtMs)
        return std::nullopt;
    return it->email;
}

void KeycloakRealm::expireAccessTokens()
{
    m_accessTokens.clear();
}

void KeycloakRealm::endSessions()
{
    m_activeSessions.clear();
}

SimReply KeycloakRealm::realmInfo() const
{
    return SimReply::json(
        200,
        {
            {u"realm"_s, realmName()},
            {u"public_key"_s, QString::fromLatin1(util::randomBytes(48).toBase64())},
            {u"token-service"_s, issuer() + u"/protocol/openid-connect"_s},
            {u"account-service"_s, issuer() + u"/account"_s},
            {u"tokens-not-before"_s, 0},
        });
}

SimReply KeycloakRealm::discovery() const
{
    const QString base = issuer() + u"/protocol/openid-connect"_s;
    return SimReply::json(
        200,
        {
            {u"issuer"_s, issuer()},
            {u"token_endpoint"_s, base + u"/token"_s},
            {u"end_session_endpoint"_s, base + u"/logout"_s},
            {u"userinfo_endpoint"_s, base + u"/userinfo"_s},
            {u"grant_types_supported"_s, QJsonArray {u"password"_s, u"refresh_token"_s}},
        });
}

} // namespace charles::sim
