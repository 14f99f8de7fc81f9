#include "simreply.h"

#include "sim/simutil.h"

namespace charles::sim {

SimReply SimReply::json(int status, const QJsonObject &object)
{
    return {Kind::Answer, status, "application/json", util::compactJson(object)};
}

SimReply SimReply::text(int status, const QByteArray &body)
{
    return {Kind::Answer, status, "text/plain", body};
}

SimReply SimReply::empty(int status)
{
    return {Kind::Answer, status, {}, {}};
}

SimReply SimReply::drop()
{
    return {Kind::Drop, 0, {}, {}};
}

} // namespace charles::sim
