#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace charles::sim {

class UserDirectory;
struct SimUser;

// Keycloak under /keycloak/auth, realm "charlescd", public client
// "charlescd-client": the token and logout endpoints, the realm's
// discovery document, and the token checks the proxy asks for.
class KeycloakRealm
{
public:
    explicit KeycloakRealm(UserDirectory *users);

    static QString realmName();
    static QString clientId();

    void setIssuerBase(const QUrl &base); // http://127.0.0.1:<port>

    // Any request under /keycloak.
    SimReply handle(const SimRequest &request);

    // The e-mail of a valid access token's user, nothing otherwise.
    std::optional<QString> emailForAccessToken(const QByteArray &accessToken) const;

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    void setRefreshTokenLifetime(int seconds) { m_refreshLifetime = seconds; }
    void expireAccessTokens();
    void endSessions();
    void setPasswordGrantEnabled(bool enabled) { m_passwordGrantEnabled = enabled; }

private:
    struct Grant
    {
        QString email;
        QString sessionId;
        qint64 expiresAtMs = 0;
    };

    SimReply tokenEndpoint(const SimRequest &request);
    SimReply logoutEndpoint(const SimRequest &request);
    SimReply passwordGrant(const util::FormFields &form);
    SimReply refreshGrant(const util::FormFields &form);
    SimReply discovery() const;
    SimReply realmInfo() const;
    // Checks a refresh token; on failure `error` holds the OAuth answer.
    const Grant *checkRefreshToken(const QString &value, SimReply *error) const;
    SimReply issueTokens(const SimUser &user, const QString &sessionId);
    QByteArray makeJwt(const QJsonObject &header, const QJsonObject &payload) const;
    QString issuer() const;

    UserDirectory *m_users;
    QUrl m_issuerBase;
    QHash<QByteArray, Grant> m_accessTokens;
    QHash<QByteArray, Grant> m_refreshTokens;
    QSet<QString> m_activeSessions;
    int m_accessLifetime = 300;
    int m_refreshLifetime = 1800;
    bool m_passwordGrantEnabled = true;
};

} // namespace charles::sim
