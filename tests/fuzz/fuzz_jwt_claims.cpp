// The payload of an access token (decodeJwtClaims). Each input is tried twice: as a whole
// token ("header.payload.signature"), and as the JSON of a payload, wrapped into a token, so
// that mutations reach the claims without having to keep valid base64url.
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

namespace {

void checkClaims(const QByteArray &jwt)
{
    const Result<json::JwtClaims> claims = json::decodeJwtClaims(jwt);
    if (!claims) {
        fuzz::checkDecodeError(claims.error());
        // A token in a log is a session handed out: the error names the problem only. (No
        // message of the decoder has a dot, so a text with the two dots of a JWT in it can
        // only come from the token.)
        if (jwt.count('.') == 2 && jwt.size() >= fuzz::kMinSecretSize)
            FUZZ_CHECK(!fuzz::errorTexts(claims.error()).contains(QString::fromLatin1(jwt)));
        return;
    }
    const json::JwtClaims &c = claims.value();
    // Who we are is what the session asks moove about: never empty.
    FUZZ_CHECK(!c.email.isEmpty());
    // exp, when present, is a moment in UTC, not before the epoch and not past the range the
    // decoder accepts (whole seconds: a fraction of a second after the epoch is the epoch).
    if (c.expiresAt.isValid()) {
        FUZZ_CHECK(c.expiresAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(c.expiresAt.toSecsSinceEpoch() >= 0);
        FUZZ_CHECK(c.expiresAt.toSecsSinceEpoch() < qint64(1e11));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    checkClaims(input);

    const QByteArray payload =
        input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    checkClaims("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + payload + ".c2lnbmF0dXJl");
    return 0;
}
