#include "simrequest.h"

namespace charles::sim {

bool SimRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString SimRequest::queryValue(const QString &key) const
{
    return util::formValue(query, key);
}

bool SimRequest::hasQuery(const QString &key) const
{
    return util::hasFormValue(query, key);
}

} // namespace charles::sim
