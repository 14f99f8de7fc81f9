#pragma once

#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace charles::json {

// Decoders for what Charles answers. Each accepts every quirk the contract lists (null
// arrays and page content, up to nine fractional digits, unknown fields, unknown permission
// names) and is strict about types: a wrong type or a missing required field is an
// UnexpectedResponse error, never a crash and never a silently wrong value.

std::optional<QDateTime> parseTimestamp(QStringView text);

Result<SystemToken> decodeToken(const QJsonObject &object);
Result<SystemToken> decodeTokenDocument(const QByteArray &body);
Result<TokenPage> decodeTokenPage(const QByteArray &body);
// The create answer; takes the token value out and wipes `body`.
Result<CreatedToken> decodeCreatedToken(QByteArray &body);
// The regenerate answer, {"token": "..."}; wipes `body`.
Result<SecretValue> decodeRegeneratedToken(QByteArray &body);
Result<WorkspacePage> decodeWorkspacePage(const QByteArray &body);
Result<UserProfile> decodeUser(const QByteArray &body);

struct KeycloakTokens
{
    SecretValue accessToken;
    SecretValue refreshToken;
    int expiresIn = 0;
    int refreshExpiresIn = 0;
};
// Keycloak's token endpoint answer; wipes `body`.
Result<KeycloakTokens> decodeKeycloakTokens(QByteArray &body);

struct JwtClaims
{
    QString email;
    QString name;
    QString preferredUsername;
    QDateTime expiresAt;
};
// The payload of a JWT (not verified: the servers verify it; we only read who we are).
Result<JwtClaims> decodeJwtClaims(const QByteArray &jwt);

struct GateError
{
    QString id;
    QString message;
    QString detail;
    QString type;
};
std::optional<GateError> decodeGateError(const QByteArray &body);

struct OAuthError
{
    QString error;
    QString description;
};
std::optional<OAuthError> decodeOAuthError(const QByteArray &body);

} // namespace charles::json
