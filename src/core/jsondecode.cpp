#include "jsondecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace charles::json {

namespace {

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

ApiError wrongType(const char *field, const char *expected, const QJsonValue &got)
{
    return ApiError::unexpected(
        QStringLiteral("\"%1\" should be %2, got %3")
            .arg(QLatin1String(field), QLatin1String(expected), describeType(got)));
}

// Reads JSON fields one by one and remembers the first thing that is not as the contract
// says, so decoders read as a list of fields.
class Reader
{
public:
    explicit Reader(const QJsonObject &object) : m_object(object) { }

    bool ok() const { return !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    QString requiredString(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isString()) {
            fail(wrongType(field, "a string", v));
            return {};
        }
        return v.toString();
    }

    QString optionalString(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(wrongType(field, "a string or null", v));
            return {};
        }
        return v.toString();
    }

    bool optionalBool(const char *field, bool fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(wrongType(field, "a boolean", v));
            return fallback;
        }
        return v.toBool();
    }

    bool requiredBool(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isBool()) {
            fail(wrongType(field, "a boolean", v));
            return false;
        }
        return v.toBool();
    }

    int requiredInt(const char *field, int min = 0)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        const double d = v.toDouble(-1);
        // Range first: converting 1e300 to an integer is undefined behaviour.
        if (!v.isDouble() || !(d >= min && d <= 1e9) || d != std::floor(d)) {
            fail(wrongType(field, "a non-negative integer", v));
            return 0;
        }
        return int(d);
    }

    int optionalInt(const char *field, int fallback)
    {
        if (m_object.value(QLatin1String(field)).isUndefined())
            return fallback;
        return requiredInt(field);
    }

    // An array that may come as null (Go's nil slice) or be absent.
    QJsonArray nullableArray(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(wrongType(field, "an array or null", v));
            return {};
        }
        return v.toArray();
    }

    QDateTime requiredTimestamp(const char *field)
    {
        const QString text = requiredString(field);
        if (!ok())
            return {};
        return parse(field, text);
    }

    QDateTime optionalTimestamp(const char *field)
    {
        const QString text = optionalString(field);
        if (!ok() || text.isEmpty())
            return {};
        return parse(field, text);
    }

    void fail(const ApiError &error)
    {
        if (ok())
            m_error = error;
    }

private:
    QDateTime parse(const char *field, const QString &text)
    {
        const auto when = parseTimestamp(text);
        if (!when) {
            fail(ApiError::unexpected(
                QStringLiteral("\"%1\" is not an RFC 3339 timestamp").arg(QLatin1String(field))));
            return {};
        }
        return *when;
    }

    // A copy (implicitly shared, so cheap): readers are also built from temporaries.
    const QJsonObject m_object;
    ApiError m_error;
};

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ApiError::unexpected(QStringLiteral("empty body"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::unexpected(QStringLiteral("invalid JSON: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!doc.isObject())
        return ApiError::unexpected(QStringLiteral("the body is not a JSON object"));
    return doc.object();
}

int digitsAt(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

template<typename T, typename Decode>
Result<Page<T>> decodePage(const QByteArray &body, Decode decodeItem)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = parsed.value();

    Reader reader(object);
    Page<T> page;
    const QJsonArray content = reader.nullableArray("content");
    page.page = reader.optionalInt("page", 0);
    page.size = reader.optionalInt("size", int(content.size()));
    page.last = reader.optionalBool("last", true);
    page.totalPages = reader.optionalInt("totalPages", 0);
    if (!reader.ok())
        return reader.error();

    page.items.reserve(content.size());
    for (const QJsonValue &item : content) {
        if (!item.isObject())
            return ApiError::unexpected(QStringLiteral("a page item is not an object"));
        auto decoded = decodeItem(item.toObject());
        if (!decoded)
            return decoded.error();
        page.items.append(decoded.takeValue());
    }
    return page;
}

Result<Workspace> decodeWorkspace(const QJsonObject &object)
{
    Reader reader(object);
    Workspace workspace;
    workspace.id = reader.requiredString("id");
    workspace.name = reader.requiredString("name");
    const QString status = reader.optionalString("status");
    if (!reader.ok())
        return reader.error();
    workspace.complete = status.compare(QLatin1String("INCOMPLETE"), Qt::CaseInsensitive) != 0;
    if (workspace.id.isEmpty())
        return ApiError::unexpected(QStringLiteral("a workspace has an empty id"));
    return workspace;
}

QByteArray base64UrlDecode(QByteArrayView part, bool *ok)
{
    auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(decoded);
    return decoded.decoded;
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView s)
{
    // yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM); fractions beyond milliseconds are truncated,
    // as QDateTime keeps milliseconds.
    if (s.size() < 20)
        return std::nullopt;
    const int year = digitsAt(s, 0, 4);
    const int month = digitsAt(s, 5, 2);
    const int day = digitsAt(s, 8, 2);
    const int hour = digitsAt(s, 11, 2);
    const int minute = digitsAt(s, 14, 2);
    const int second = digitsAt(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-') ||
        (s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char('t') &&
         s.at(10) != QLatin1Char(' ')) ||
        s.at(13) != QLatin1Char(':') || s.at(16) != QLatin1Char(':'))
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (pos < s.size() && s.at(pos) == QLatin1Char('.')) {
        ++pos;
        int digits = 0;
        while (pos < s.size() && s.at(pos).isDigit() && s.at(pos).unicode() < 128) {
            if (digits < 3)
                millis = millis * 10 + (s.at(pos).unicode() - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int d = digits; d < 3; ++d)
            millis *= 10;
    }

    int offsetSeconds = 0;
    if (pos >= s.size())
        return std::nullopt;
    const QChar zone = s.at(pos);
    if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
        ++pos;
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        const int oh = digitsAt(s, pos + 1, 2);
        const int om = digitsAt(s, pos + 4, 2);
        if (oh < 0 || om < 0 || s.size() < pos + 6 || s.at(pos + 3) != QLatin1Char(':') ||
            oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (zone == QLatin1Char('-') ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;

    const QDate date(year, month, day);
    // RFC 3339 allows a leap second; QTime does not, so it folds into :59.999.
    const QTime time =
        second == 60 ? QTime(hour, minute, 59, 999) : QTime(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime result(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

Result<SystemToken> decodeToken(const QJsonObject &object)
{
    Reader reader(object);
    SystemToken token;
    token.id = reader.requiredString("id");
    token.name = reader.requiredString("name");
    const QJsonArray permissions = reader.nullableArray("permissions");
    const QJsonArray workspaces = reader.nullableArray("workspaces");
    token.allWorkspaces = reader.optionalBool("allWorkspaces", false);
    token.revoked = reader.optionalBool("revoked", false);
    token.createdAt = reader.requiredTimestamp("created_at");
    token.revokedAt = reader.optionalTimestamp("revoked_at");
    token.lastUsedAt = reader.optionalTimestamp("last_used_at");
    token.author = reader.optionalString("author");
    if (!reader.ok())
        return reader.error();
    if (token.id.isEmpty())
        return ApiError::unexpected(QStringLiteral("a token has an empty id"));

    QStringList names;
    names.reserve(permissions.size());
    for (const QJsonValue &p : permissions) {
        if (!p.isString())
            return wrongType("permissions[]", "a string", p);
        names.append(p.toString());
    }
    token.permissions = PermissionSet::fromNames(names);

    token.workspaces.reserve(workspaces.size());
    for (const QJsonValue &w : workspaces) {
        if (!w.isObject())
            return wrongType("workspaces[]", "an object", w);
        Reader ws(w.toObject());
        WorkspaceRef ref;
        ref.id = ws.requiredString("id");
        ref.name = ws.optionalString("name");
        if (!ws.ok())
            return ws.error();
        token.workspaces.append(ref);
    }
    return token;
}

Result<SystemToken> decodeTokenDocument(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    return decodeToken(parsed.value());
}

Result<TokenPage> decodeTokenPage(const QByteArray &body)
{
    return decodePage<SystemToken>(body, &decodeToken);
}

Result<CreatedToken> decodeCreatedToken(QByteArray &body)
{
    auto parsed = parseObject(body);
    wipe(body);
    if (!parsed)
        return parsed.error();
    QJsonObject &object = parsed.value();
    const QJsonValue value = object.value(QLatin1String("token"));
    if (!value.isString() || value.toString().isEmpty())
        return wrongType("token", "a non-empty string", value);
    auto token = decodeToken(object);
    if (!token)
        return token.error();
    QString text = value.toString();
    object.remove(QLatin1String("token"));
    return CreatedToken {token.takeValue(), SecretValue::fromString(std::move(text))};
}

Result<SecretValue> decodeRegeneratedToken(QByteArray &body)
{
    auto parsed = parseObject(body);
    wipe(body);
    if (!parsed)
        return parsed.error();
    const QJsonValue value = parsed.value().value(QLatin1String("token"));
    if (!value.isString() || value.toString().isEmpty())
        return wrongType("token", "a non-empty string", value);
    QString text = value.toString();
    return SecretValue::fromString(std::move(text));
}

Result<WorkspacePage> decodeWorkspacePage(const QByteArray &body)
{
    return decodePage<Workspace>(body, &decodeWorkspace);
}

Result<UserProfile> decodeUser(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    Reader reader(parsed.value());
    UserProfile user;
    user.id = reader.optionalString("id");
    user.name = reader.optionalString("name");
    user.email = reader.requiredString("email");
    user.isRoot = reader.requiredBool("isRoot");
    if (!reader.ok())
        return reader.error();
    return user;
}

Result<KeycloakTokens> decodeKeycloakTokens(QByteArray &body)
{
    auto parsed = parseObject(body);
    wipe(body);
    if (!parsed)
        return parsed.error();
    Reader reader(parsed.value());
    QString access = reader.requiredString("access_token");
    QString refresh = reader.optionalString("refresh_token");
    const int expiresIn = reader.requiredInt("expires_in");
    const int refreshExpiresIn = reader.optionalInt("refresh_expires_in", 0);
    const QString type = reader.optionalString("token_type");
    if (!reader.ok())
        return reader.error();
    if (access.isEmpty())
        return ApiError::unexpected(QStringLiteral("empty access_token"));
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return ApiError::unexpected(QStringLiteral("token_type is not Bearer"));
    KeycloakTokens tokens;
    tokens.accessToken = SecretValue::fromString(std::move(access));
    tokens.refreshToken = SecretValue::fromString(std::move(refresh));
    tokens.expiresIn = expiresIn;
    tokens.refreshExpiresIn = refreshExpiresIn;
    return tokens;
}

Result<JwtClaims> decodeJwtClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return ApiError::unexpected(QStringLiteral("the access token is not a JWT"));
    bool ok = false;
    const QByteArray payload = base64UrlDecode(parts.at(1), &ok);
    if (!ok)
        return ApiError::unexpected(QStringLiteral("the access token's payload is not base64url"));
    auto parsed = parseObject(payload);
    if (!parsed)
        return parsed.error();
    Reader reader(parsed.value());
    JwtClaims claims;
    claims.email = reader.optionalString("email");
    claims.name = reader.optionalString("name");
    claims.preferredUsername = reader.optionalString("preferred_username");
    const QJsonValue exp = parsed.value().value(QLatin1String("exp"));
    if (!reader.ok())
        return reader.error();
    if (exp.isDouble() && exp.toDouble() > 0 && exp.toDouble() < 1e11)
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    else if (!exp.isUndefined())
        return wrongType("exp", "a number of seconds", exp);
    if (claims.email.isEmpty())
        return ApiError::unexpected(QStringLiteral("the access token carries no e-mail"));
    return claims;
}

std::optional<GateError> decodeGateError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QJsonValue message = object.value(QLatin1String("message"));
    if (!message.isString())
        return std::nullopt;
    GateError error;
    error.message = message.toString();
    error.id = object.value(QLatin1String("id")).toString();
    error.detail = object.value(QLatin1String("detail")).toString();
    error.type = object.value(QLatin1String("type")).toString();
    return error;
}

std::optional<OAuthError> decodeOAuthError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isString())
        return std::nullopt;
    return OAuthError {error.toString(),
                       object.value(QLatin1String("error_description")).toString()};
}

} // namespace charles::json
