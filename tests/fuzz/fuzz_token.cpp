// gate's get answer: one token object (decodeTokenDocument).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

#include <QJsonArray>

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<SystemToken> token = json::decodeTokenDocument(body);
    if (!token) {
        fuzz::checkDecodeError(token.error());
        return 0;
    }
    fuzz::checkToken(token.value());

    // Everything decoded came from the body, read the same way independently.
    const QJsonObject object = fuzz::independentObject(body);
    FUZZ_CHECK(token.value().id == object.value(QLatin1String("id")).toString());
    FUZZ_CHECK(token.value().name == object.value(QLatin1String("name")).toString());
    FUZZ_CHECK(token.value().workspaces.size() ==
               object.value(QLatin1String("workspaces")).toArray().size());
    return 0;
}
