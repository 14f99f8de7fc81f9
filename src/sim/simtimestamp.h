#pragma once

#include <QString>
#include <QtGlobal>

namespace charles::sim {

// A point in time with nanosecond precision and the UTC offset it is shown
// with, as gate's Go code serialises it.
struct SimTimestamp
{
    qint64 nsecs = 0; // since the Unix epoch
    int offsetMinutes = 0; // 0 prints "Z"

    // RFC 3339 the way Go's time.RFC3339Nano writes it: up to nine fraction
    // digits with trailing zeros dropped, "Z" or a numeric offset.
    QString toRfc3339() const;
    qint64 secsSinceEpoch() const;

    static qint64 currentNsecs();
};

} // namespace charles::sim
