// gate's regenerate answer, {"token": "..."} (decodeRegeneratedToken).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    const QJsonObject object = fuzz::independentObject(body);
    const QJsonValue sent = object.value(QLatin1String("token"));

    Result<SecretValue> value = json::decodeRegeneratedToken(body);
    FUZZ_CHECK(body.isEmpty());

    if (!value) {
        fuzz::checkDecodeError(value.error());
        const QString secret = sent.toString();
        if (secret.size() >= fuzz::kMinSecretSize) {
            QByteArray other = fuzz::withOtherValue(object, "token", secret);
            const Result<SecretValue> otherValue = json::decodeRegeneratedToken(other);
            if (!otherValue)
                fuzz::checkSecretNotLeaked(value.error(), secret, otherValue.error());
        }
        return 0;
    }
    FUZZ_CHECK(!value.value().isEmpty());
    FUZZ_CHECK(value.value().equals(sent.toString().toUtf8()));

    const SecretValue copy = value.value().clone();
    FUZZ_CHECK(copy.equals(value.value().bytes()));
    return 0;
}
