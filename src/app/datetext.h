#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace charles {

// Dates as the details show them: in the locale's own format, in local time, with how long
// ago in words.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    // "27 April 2021 14:03" in the locale's format.
    static QString absolute(const QDateTime &when);
    // "3 days ago", "in 2 hours" (clocks disagree), "just now".
    static QString relative(const QDateTime &when, const QDateTime &now);
    // Both: "27/04/2021 14:03 (3 days ago)".
    static QString full(const QDateTime &when, const QDateTime &now);
};

} // namespace charles
