#include "datetext.h"

#include <QLocale>

namespace charles {

QString DateText::absolute(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString DateText::relative(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    // A server clock a little ahead of ours is not worth a sentence.
    if (seconds > -60 && seconds < 60)
        return tr("just now");
    if (seconds < 0)
        return tr("in the future");

    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 365)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString DateText::full(const QDateTime &when, const QDateTime &now)
{
    //: %1 is a date and time, %2 how long ago it was, e.g. "3 days ago"
    return tr("%1 (%2)").arg(absolute(when), relative(when, now));
}

} // namespace charles
