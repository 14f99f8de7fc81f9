// gate's create answer: a token object with its value (decodeCreatedToken).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    const QJsonObject object = fuzz::independentObject(body);
    const QJsonValue sent = object.value(QLatin1String("token"));

    Result<CreatedToken> created = json::decodeCreatedToken(body);
    // The reply held a secret: the buffer is released whatever the outcome.
    FUZZ_CHECK(body.isEmpty());

    if (!created) {
        fuzz::checkDecodeError(created.error());
        const QString secret = sent.toString();
        if (secret.size() >= fuzz::kMinSecretSize) {
            QByteArray other = fuzz::withOtherValue(object, "token", secret);
            const Result<CreatedToken> otherCreated = json::decodeCreatedToken(other);
            if (!otherCreated)
                fuzz::checkSecretNotLeaked(created.error(), secret, otherCreated.error());
        }
        return 0;
    }
    fuzz::checkToken(created.value().token);
    // The value is shown once: it is never empty, and it is exactly what gate sent.
    FUZZ_CHECK(!created.value().value.isEmpty());
    FUZZ_CHECK(sent.isString());
    FUZZ_CHECK(created.value().value.equals(sent.toString().toUtf8()));

    // Taking the value leaves nothing behind in the moved-from secret.
    SecretValue taken = std::move(created.value().value);
    FUZZ_CHECK(created.value().value.isEmpty());
    FUZZ_CHECK(!taken.isEmpty());
    return 0;
}
