#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace charles::sim {

// One request as the simulator received it, before any fault or routing.
struct RecordedRequest
{
    QByteArray method;
    QString path; // percent-decoded, except for an encoded '/' inside a segment
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace charles::sim
