#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace charles {

// What is wrong with a server's certificate, for the admin to judge.
struct CertificateProblem
{
    QString subject;
    QString issuer;
    QString sha256; // hex, lowercase, no separators
    QStringList problems; // Qt's descriptions of each error
    bool hostNameMismatch = false;

    bool isEmpty() const { return sha256.isEmpty(); }
};

// Every call ends in its result or in one of these. The user-facing text is built when asked
// for, so it follows the language the application runs in at that moment.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        NetworkUnreachable, // host not found, connection refused, no route
        ConnectionLost, // the connection dropped before a full answer came
        Tls, // certificate or handshake failure
        Timeout, // the transfer timeout ended the call
        Cancelled, // the admin or the application cancelled it
        InvalidCredentials, // Keycloak: wrong user or password
        LoginDisabled, // Keycloak: password login not allowed for this client
        SessionExpired, // not signed in, or the session ended and could not be renewed
        Forbidden, // 403: the account may not manage system tokens (not root)
        NotRoot, // the signed-in user is not a root user (told before any call)
        NotFound, // 404
        Conflict, // 422: a business rule (already revoked, user not found...)
        Validation, // 400: the request was refused as invalid
        ServerError, // 5xx
        UnexpectedResponse, // the answer is not what the contract says (shape, type, size)
        KeychainUnavailable // no keychain backend: the session stays in memory only
    };

    ApiError() = default;
    explicit ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {},
                      QString detail = {});

    // Builds the error for an HTTP answer that is not a success, whatever its body: gate's
    // JSON error, Keycloak's OAuth error, the proxy's plain text, an HTML page, nothing.
    static ApiError fromHttp(int status, const QByteArray &contentType, const QByteArray &body);
    static ApiError unexpected(const QString &detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own message as received (English), e.g. "Token already revoked.".
    const QString &serverMessage() const { return m_serverMessage; }
    // gate's error id, kept for support.
    const QString &serverErrorId() const { return m_serverErrorId; }
    // OAuth error code from Keycloak ("invalid_grant"...).
    const QString &oauthError() const { return m_oauthError; }
    // Technical detail for logs; never shown as the main message.
    const QString &detail() const { return m_detail; }

    // The translated sentence an admin reads: what happened and what they can do.
    QString userMessage() const;
    // The server's message, translated when it is one this client knows; an unknown one is
    // introduced by a translated sentence and shown as received. Empty when there is none.
    QString translatedServerMessage() const;
    // A one-line technical form for logs: kind, status, ids; never a body or a secret.
    QString logText() const;

    // True when a request may have taken effect on the server even though no answer says so
    // (timeout, dropped connection, 5xx after sending): a create must not be retried.
    bool outcomeUnknown() const;

    static QString kindName(Kind kind);

    // For Tls errors: the certificate the server presented and what is wrong with it.
    const CertificateProblem &certificateProblem() const { return m_certificate; }
    void setCertificateProblem(const CertificateProblem &problem) { m_certificate = problem; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_serverErrorId;
    QString m_oauthError;
    QString m_detail;
    CertificateProblem m_certificate;
};

} // namespace charles

Q_DECLARE_METATYPE(charles::ApiError)
