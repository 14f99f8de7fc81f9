// Keycloak's token endpoint answer (decodeKeycloakTokens), and the claims of the access token
// in it, read as the session reads them after a login.
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

namespace {

void checkSecretsNotLeaked(const ApiError &error, const QJsonObject &sent, const char *field,
                           const QString &secret)
{
    if (secret.size() < fuzz::kMinSecretSize)
        return;
    QByteArray other = fuzz::withOtherValue(sent, field, secret);
    const Result<json::KeycloakTokens> otherTokens = json::decodeKeycloakTokens(other);
    if (!otherTokens)
        fuzz::checkSecretNotLeaked(error, secret, otherTokens.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    const QJsonObject sent = fuzz::independentObject(body);
    const QString sentAccess = sent.value(QLatin1String("access_token")).toString();
    const QString sentRefresh = sent.value(QLatin1String("refresh_token")).toString();

    Result<json::KeycloakTokens> tokens = json::decodeKeycloakTokens(body);
    FUZZ_CHECK(body.isEmpty());

    if (!tokens) {
        fuzz::checkDecodeError(tokens.error());
        checkSecretsNotLeaked(tokens.error(), sent, "access_token", sentAccess);
        checkSecretsNotLeaked(tokens.error(), sent, "refresh_token", sentRefresh);
        return 0;
    }
    const json::KeycloakTokens &t = tokens.value();
    FUZZ_CHECK(!t.accessToken.isEmpty());
    FUZZ_CHECK(t.accessToken.equals(sentAccess.toUtf8()));
    FUZZ_CHECK(t.refreshToken.equals(sentRefresh.toUtf8()));
    FUZZ_CHECK(t.expiresIn >= 0);
    FUZZ_CHECK(t.refreshExpiresIn >= 0);

    const Result<json::JwtClaims> claims = json::decodeJwtClaims(t.accessToken.bytes());
    if (!claims) {
        fuzz::checkDecodeError(claims.error());
        // No message of the JWT decoder has a dot: a token with the two dots of a JWT found in
        // the error can only be a leak.
        if (sentAccess.count(QLatin1Char('.')) == 2)
            FUZZ_CHECK(!fuzz::errorTexts(claims.error()).contains(sentAccess));
    } else {
        FUZZ_CHECK(!claims.value().email.isEmpty());
    }
    return 0;
}
