#include "simtimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace charles::sim {

static constexpr qint64 NsPerSec = 1'000'000'000;

qint64 SimTimestamp::secsSinceEpoch() const
{
    qint64 secs = nsecs / NsPerSec;
    if (nsecs % NsPerSec < 0)
        --secs;
    return secs;
}

QString SimTimestamp::toRfc3339() const
{
    const qint64 secs = secsSinceEpoch();
    const qint64 fraction = nsecs - secs * NsPerSec;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs + offsetMinutes * 60, Qt::UTC);

    QString text = local.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, 9, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    if (offsetMinutes == 0) {
        text += u'Z';
    } else {
        const int minutes = qAbs(offsetMinutes);
        text += (offsetMinutes < 0 ? u'-' : u'+');
        text += u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
                    .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

qint64 SimTimestamp::currentNsecs()
{
    // The clock gives milliseconds; the rest is made up so that fresh
    // timestamps carry all nine digits, like Go's time.Now() does.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return ms * 1'000'000 + QRandomGenerator::global()->bounded(1'000'000);
}

} // namespace charles::sim
