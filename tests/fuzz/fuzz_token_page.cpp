// gate's list answer: a page of token objects (decodeTokenPage).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QSet>

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<TokenPage> page = json::decodeTokenPage(body);
    if (!page) {
        fuzz::checkDecodeError(page.error());
        return 0;
    }

    const TokenPage &p = page.value();
    FUZZ_CHECK(p.page >= 0);
    FUZZ_CHECK(p.size >= 0);
    FUZZ_CHECK(p.totalPages >= 0);
    for (const SystemToken &token : p.items)
        fuzz::checkToken(token);

    // Every item of "content" became one token, in order; a null content is an empty page.
    const QJsonArray content =
        fuzz::independentObject(body).value(QLatin1String("content")).toArray();
    FUZZ_CHECK(p.items.size() == content.size());
    for (qsizetype i = 0; i < p.items.size(); ++i)
        FUZZ_CHECK(p.items.at(i).id ==
                   content.at(i).toObject().value(QLatin1String("id")).toString());
    return 0;
}
