// moove's profile of the signed-in user (decodeUser).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<UserProfile> user = json::decodeUser(body);
    if (!user) {
        fuzz::checkDecodeError(user.error());
        return 0;
    }

    // isRoot decides what the admin is told before any token call: it must have been a real
    // boolean, never a default taken for a missing or mistyped field.
    const QJsonObject object = fuzz::independentObject(body);
    const QJsonValue isRoot = object.value(QLatin1String("isRoot"));
    FUZZ_CHECK(isRoot.isBool());
    FUZZ_CHECK(user.value().isRoot == isRoot.toBool());
    FUZZ_CHECK(user.value().email == object.value(QLatin1String("email")).toString());
    return 0;
}
