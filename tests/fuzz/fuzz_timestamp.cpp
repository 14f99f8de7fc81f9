// RFC 3339 timestamps as gate writes them (parseTimestamp).
#include "core/jsondecode.h"
#include "fuzzcheck.h"

using namespace charles;

namespace {

void checkTimestamp(const QString &text)
{
    const std::optional<QDateTime> when = json::parseTimestamp(text);
    if (!when)
        return;

    FUZZ_CHECK(when->isValid());
    FUZZ_CHECK(when->timeSpec() == Qt::UTC);
    // The shortest accepted form is yyyy-MM-ddTHH:mm:ssZ.
    FUZZ_CHECK(text.size() >= 20);

    // What was parsed, written back in the same form, parses to the same moment. Years
    // outside 1..9999 (an offset can move year 1 into year 0) have no four-digit form.
    const int year = when->date().year();
    if (year >= 1 && year <= 9999) {
        const QString written = when->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        const std::optional<QDateTime> again = json::parseTimestamp(written);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == *when);
    }

    // In UTC ("Z"), the fields are taken as written; only a leap second moves (to :59.999).
    const QChar zone = text.at(text.size() - 1);
    if ((zone == QLatin1Char('Z') || zone == QLatin1Char('z')) &&
        text.mid(17, 2) != QLatin1String("60")) {
        FUZZ_CHECK(when->date().year() == text.mid(0, 4).toInt());
        FUZZ_CHECK(when->date().month() == text.mid(5, 2).toInt());
        FUZZ_CHECK(when->date().day() == text.mid(8, 2).toInt());
        FUZZ_CHECK(when->time().hour() == text.mid(11, 2).toInt());
        FUZZ_CHECK(when->time().minute() == text.mid(14, 2).toInt());
        FUZZ_CHECK(when->time().second() == text.mid(17, 2).toInt());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // As gate's JSON strings reach the decoder (UTF-8), and byte for byte, which lets any
    // code unit below 256 through.
    checkTimestamp(QString::fromUtf8(input));
    checkTimestamp(QString::fromLatin1(input));
    return 0;
}
