#include "apierror.h"

#include "jsondecode.h"

#include <QRegularExpression>

namespace charles {

namespace {

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

// Plain text short enough to be a message and not a dump.
QString plainMessage(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty() || text.size() > 300 || text.contains(QLatin1Char('<')))
        return {};
    return text;
}

ApiError::Kind kindForStatus(int status)
{
    if (status == 401)
        return ApiError::Kind::SessionExpired;
    if (status == 403)
        return ApiError::Kind::Forbidden;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 422 || status == 409)
        return ApiError::Kind::Conflict;
    if (status >= 500)
        return ApiError::Kind::ServerError;
    if (status >= 400)
        return ApiError::Kind::Validation;
    return ApiError::Kind::UnexpectedResponse;
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage, QString detail)
    : m_kind(kind),
      m_httpStatus(httpStatus),
      m_serverMessage(std::move(serverMessage)),
      m_detail(std::move(detail))
{
}

ApiError ApiError::unexpected(const QString &detail)
{
    return ApiError(Kind::UnexpectedResponse, 0, {}, detail);
}

ApiError ApiError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiError error(kindForStatus(status), status);

    if (const auto gate = json::decodeGateError(body)) {
        error.m_serverMessage = gate->message;
        error.m_serverErrorId = gate->id;
        error.m_detail =
            gate->type.isEmpty() ? gate->detail : gate->type + QLatin1String(": ") + gate->detail;
        return error;
    }

    if (const auto oauth = json::decodeOAuthError(body)) {
        error.m_oauthError = oauth->error;
        error.m_serverMessage = oauth->description;
        error.m_detail = oauth->error;
        const QString &desc = oauth->description;
        if (oauth->error == QLatin1String("invalid_grant")) {
            if (desc.contains(QLatin1String("not active"), Qt::CaseInsensitive) ||
                desc.contains(QLatin1String("expired"), Qt::CaseInsensitive))
                error.m_kind = Kind::SessionExpired;
            else if (status == 401 || desc.contains(QLatin1String("credentials")))
                error.m_kind = Kind::InvalidCredentials;
        } else if (oauth->error == QLatin1String("unauthorized_client")) {
            error.m_kind = Kind::LoginDisabled;
        } else if (oauth->error == QLatin1String("invalid_token")) {
            error.m_kind = Kind::SessionExpired;
        }
        return error;
    }

    if (looksLikeHtml(contentType, body)) {
        error.m_detail = QStringLiteral("HTML page: %1").arg(htmlTitle(body));
        return error;
    }

    error.m_serverMessage = plainMessage(body);
    if (body.isEmpty())
        error.m_detail = QStringLiteral("empty body");
    return error;
}

bool ApiError::outcomeUnknown() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::UnexpectedResponse:
        return true;
    case Kind::ServerError:
        // gate answers a too-long name with 500 before writing anything; every other 5xx
        // (a proxy's 502/504 after forwarding, a crash) may come after the work was done.
        return true;
    default:
        return false;
    }
}

namespace {

// gate's and Keycloak's messages as they arrive, and what the admin reads instead.
QString knownMessage(const QString &serverMessage)
{
    struct Known
    {
        const char *english;
        const char *text;
    };
    static const Known known[] = {
        {"Token not found", QT_TRANSLATE_NOOP("ApiError", "The token was not found.")},
        {"Token already revoked.",
         QT_TRANSLATE_NOOP("ApiError", "This token was already revoked.")},
        {"Cannot update revoked tokens",
         QT_TRANSLATE_NOOP("ApiError", "A revoked token cannot be regenerated.")},
        {"Workspaces were not found",
         QT_TRANSLATE_NOOP("ApiError", "Some of the chosen workspaces no longer exist.")},
        {"invalid permissions",
         QT_TRANSLATE_NOOP("ApiError", "The server does not accept the chosen scopes.")},
        {"'Permissions' is required", QT_TRANSLATE_NOOP("ApiError", "Choose at least one scope.")},
        {"Workspaces is required when allWorkspaces is false",
         QT_TRANSLATE_NOOP("ApiError", "Choose at least one workspace, or all workspaces.")},
        {"Invalid Inputs",
         QT_TRANSLATE_NOOP("ApiError", "The server refused the request as incomplete.")},
        {"User not found",
         QT_TRANSLATE_NOOP("ApiError",
                           "Your account has no Charles user: ask an administrator to create it.")},
        {"Invalid user credentials", QT_TRANSLATE_NOOP("ApiError", "Wrong user name or password.")},
        {"Token is not active", QT_TRANSLATE_NOOP("ApiError", "The session is no longer active.")},
        {"Session not active", QT_TRANSLATE_NOOP("ApiError", "The session is no longer active.")},
        {"Client not allowed for direct access grants",
         QT_TRANSLATE_NOOP("ApiError", "This client may not sign in with a password.")},
    };
    for (const auto &entry : known) {
        if (serverMessage == QLatin1String(entry.english))
            return QCoreApplication::translate("ApiError", entry.text);
    }
    return {};
}

} // namespace

QString ApiError::translatedServerMessage() const
{
    if (m_serverMessage.isEmpty())
        return {};
    const QString known = knownMessage(m_serverMessage);
    return known.isEmpty() ? tr("The server said: “%1”").arg(m_serverMessage) : known;
}

QString ApiError::userMessage() const
{
    QString main;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NetworkUnreachable:
        main = tr("The server could not be reached. Check the address and your network "
                  "connection, then try again.");
        break;
    case Kind::ConnectionLost:
        main = tr("The connection to the server was lost before it answered. Try again.");
        break;
    case Kind::Tls:
        if (m_certificate.hostNameMismatch)
            main = tr("The server's certificate was issued for another name, so nothing was "
                      "sent. Check the server address.");
        else
            main = tr("The server's identity could not be verified, so nothing was sent. "
                      "Check its certificate or the CA configured for this server.");
        break;
    case Kind::Timeout:
        main = tr("The server took too long to answer. Try again.");
        break;
    case Kind::Cancelled:
        main = tr("The request was cancelled.");
        break;
    case Kind::InvalidCredentials:
        return tr("Wrong user name or password.");
    case Kind::LoginDisabled:
        return tr("This server does not allow password sign-in for the configured client id. "
                  "Check the client id in the server settings, or ask the Charles "
                  "administrators.");
    case Kind::SessionExpired:
        main = tr("Your session has expired. Sign in again to continue.");
        break;
    case Kind::Forbidden:
        main = tr("Your account may not manage system tokens. Only root users can.");
        break;
    case Kind::NotRoot:
        return tr("Your account is not a root account. The System Token area is available "
                  "only to root users; ask a Charles administrator for access.");
    case Kind::NotFound:
        main = tr("It no longer exists on the server.");
        break;
    case Kind::Conflict:
        main = tr("The server refused the action.");
        break;
    case Kind::Validation:
        main = tr("The server refused the request.");
        break;
    case Kind::ServerError:
        main = m_httpStatus >= 502 && m_httpStatus <= 504
            ? tr("The server is unavailable right now (HTTP %1). Try again in a moment.")
                  .arg(m_httpStatus)
            : tr("The server had an internal error (HTTP %1). Try again; if it persists, "
                 "contact the Charles administrators.")
                  .arg(m_httpStatus);
        break;
    case Kind::UnexpectedResponse:
        main = tr("The server sent an answer this application does not understand.");
        break;
    case Kind::KeychainUnavailable:
        return tr("No keychain is available, so you will have to sign in again next time.");
    }

    // A message the client knows says it better than the generic sentence; an unknown one
    // is shown as received, after it.
    const QString known = knownMessage(m_serverMessage);
    if (!known.isEmpty() && m_kind != Kind::ServerError)
        main = known;
    else if (!m_serverMessage.isEmpty() && m_kind != Kind::SessionExpired &&
             m_serverMessage != QLatin1String("Forbidden"))
        main += QLatin1Char(' ') + translatedServerMessage();
    if (!m_serverErrorId.isEmpty() && m_kind == Kind::ServerError)
        main += QLatin1Char(' ') + tr("(Error id for support: %1)").arg(m_serverErrorId);
    return main;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Kind::LoginDisabled:
        return QStringLiteral("login-disabled");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotRoot:
        return QStringLiteral("not-root");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::UnexpectedResponse:
        return QStringLiteral("unexpected-response");
    case Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    }
    return QStringLiteral("unknown");
}

QString ApiError::logText() const
{
    // Ids and details partly come from the server: one line, bounded, so that an answer can
    // neither forge log lines nor flood the log.
    const auto oneLine = [](const QString &text) {
        QString line = text.simplified();
        if (line.size() > 200)
            line = line.left(200) + QStringLiteral("…");
        return line;
    };
    QString text = kindName(m_kind);
    if (m_httpStatus)
        text += QStringLiteral(" HTTP %1").arg(m_httpStatus);
    if (!m_serverErrorId.isEmpty())
        text += QStringLiteral(" id=%1").arg(oneLine(m_serverErrorId));
    if (!m_detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(oneLine(m_detail));
    return text;
}

} // namespace charles
