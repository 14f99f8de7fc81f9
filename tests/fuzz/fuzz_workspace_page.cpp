// moove's workspace list: a page of workspaces (decodeWorkspacePage).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

#include <QJsonArray>

using namespace charles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<WorkspacePage> page = json::decodeWorkspacePage(body);
    if (!page) {
        fuzz::checkDecodeError(page.error());
        return 0;
    }

    const WorkspacePage &p = page.value();
    FUZZ_CHECK(p.page >= 0);
    FUZZ_CHECK(p.size >= 0);
    FUZZ_CHECK(p.totalPages >= 0);
    const QJsonArray content =
        fuzz::independentObject(body).value(QLatin1String("content")).toArray();
    FUZZ_CHECK(p.items.size() == content.size());
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        const Workspace &w = p.items.at(i);
        const QJsonObject item = content.at(i).toObject();
        FUZZ_CHECK(!w.id.isEmpty());
        FUZZ_CHECK(w.id == item.value(QLatin1String("id")).toString());
        // Only INCOMPLETE marks a workspace incomplete; both kinds may be chosen.
        const QString status = item.value(QLatin1String("status")).toString();
        FUZZ_CHECK(w.complete ==
                   (status.compare(QLatin1String("INCOMPLETE"), Qt::CaseInsensitive) != 0));
    }
    return 0;
}
