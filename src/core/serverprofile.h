#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace charles {

// Where a Charles installation answers, and how to sign in to it. Holds no secret.
struct ServerProfile
{
    QString displayName;
    QUrl baseUrl; // e.g. http://charles.example
    QUrl authBaseUrl; // Keycloak's base, the part before /realms; empty = the default
    QString realm = QStringLiteral("charlescd");
    QString clientId = QStringLiteral("charlescd-client");
    QString caCertificateFile; // optional CA to trust for this server
    QStringList trustedFingerprints; // SHA-256 (hex) of certificates the admin chose to trust

    // Charles's Helm chart puts Keycloak behind /keycloak, in a generation that serves
    // under /auth. The admin may set the whole URL; the client never adds or strips /auth.
    static QUrl defaultAuthBase(const QUrl &baseUrl);
    QUrl effectiveAuthBase() const;

    QUrl tokenEndpoint() const;
    QUrl logoutEndpoint() const;
    QUrl gateUrl(const QString &path) const; // path below /gate, e.g. "/api/v1/system-token"
    QUrl mooveUrl(const QString &path) const; // path below /moove, e.g. "/v2/workspaces"
    // moove's user lookup: the e-mail as standard base64 with padding, with the characters
    // a path cannot carry literally ('/', '+', '=') percent-encoded.
    QUrl userUrl(const QString &email) const;

    // A key naming server and account, for the keychain.
    QString keychainKey(const QString &account) const;
    // What the status bar and the window show, e.g. "charles.example".
    QString label() const;

    bool isValid() const;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace charles

Q_DECLARE_METATYPE(charles::ServerProfile)
