#include "settingnumber.h"

#include <QSettings>

namespace charles {

std::optional<qint64> wholeNumberSetting(const QString &key)
{
    const QVariant value = QSettings().value(key);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace charles
