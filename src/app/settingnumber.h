#pragma once

#include <QString>

#include <optional>

namespace charles {

// The whole number a setting holds, as typed in the settings file (surrounding spaces
// allowed), or nothing when it is unset, not a whole number, or too large for 64 bits.
// QVariant::toInt() is not enough: it wraps "4294967298" round to 2 and calls it valid.
std::optional<qint64> wholeNumberSetting(const QString &key);

} // namespace charles
