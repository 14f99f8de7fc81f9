#include "profilestore.h"

#include <QSettings>

namespace charles {

namespace {

const QString kProfilesArray = QStringLiteral("profiles");
const QString kLastProfileKey = QStringLiteral("lastProfile");

} // namespace

QList<ProfileStore::Entry> ProfileStore::readAll() const
{
    QSettings settings;
    QList<Entry> entries;
    const int count = settings.beginReadArray(kProfilesArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Entry entry;
        ServerProfile &p = entry.profile;
        p.displayName = settings.value(QStringLiteral("displayName")).toString();
        p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        p.authBaseUrl = QUrl(settings.value(QStringLiteral("authBaseUrl")).toString());
        p.realm = settings.value(QStringLiteral("realm"), p.realm).toString();
        p.clientId = settings.value(QStringLiteral("clientId"), p.clientId).toString();
        p.caCertificateFile = settings.value(QStringLiteral("caCertificateFile")).toString();
        p.trustedFingerprints =
            settings.value(QStringLiteral("trustedFingerprints")).toStringList();
        entry.account = settings.value(QStringLiteral("lastAccount")).toString();
        entry.keepSignedIn = settings.value(QStringLiteral("keepSignedIn"), false).toBool();
        if (p.baseUrl.isValid() && !p.baseUrl.isEmpty())
            entries.append(entry);
    }
    settings.endArray();
    return entries;
}

void ProfileStore::writeAll(const QList<Entry> &entries)
{
    QSettings settings;
    settings.remove(kProfilesArray);
    settings.beginWriteArray(kProfilesArray, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        const Entry &entry = entries.at(i);
        const ServerProfile &p = entry.profile;
        settings.setValue(QStringLiteral("displayName"), p.displayName);
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        settings.setValue(QStringLiteral("authBaseUrl"), p.authBaseUrl.toString());
        settings.setValue(QStringLiteral("realm"), p.realm);
        settings.setValue(QStringLiteral("clientId"), p.clientId);
        settings.setValue(QStringLiteral("caCertificateFile"), p.caCertificateFile);
        settings.setValue(QStringLiteral("trustedFingerprints"), p.trustedFingerprints);
        settings.setValue(QStringLiteral("lastAccount"), entry.account);
        settings.setValue(QStringLiteral("keepSignedIn"), entry.keepSignedIn);
    }
    settings.endArray();
}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> result;
    for (const Entry &entry : readAll())
        result.append(entry.profile);
    return result;
}

std::optional<ServerProfile> ProfileStore::profile(const QString &label) const
{
    for (const Entry &entry : readAll()) {
        if (entry.profile.label() == label)
            return entry.profile;
    }
    return std::nullopt;
}

void ProfileStore::saveProfile(const ServerProfile &profile)
{
    QList<Entry> entries = readAll();
    for (Entry &entry : entries) {
        if (entry.profile.label() == profile.label()) {
            entry.profile = profile;
            writeAll(entries);
            return;
        }
    }
    entries.append(Entry {profile, {}, false});
    writeAll(entries);
}

void ProfileStore::removeProfile(const QString &label)
{
    QList<Entry> entries = readAll();
    entries.removeIf([&](const Entry &entry) { return entry.profile.label() == label; });
    writeAll(entries);
    if (lastProfileLabel() == label)
        setLastProfileLabel({});
}

QString ProfileStore::lastProfileLabel() const
{
    return QSettings().value(kLastProfileKey).toString();
}

void ProfileStore::setLastProfileLabel(const QString &label)
{
    QSettings settings;
    if (label.isEmpty())
        settings.remove(kLastProfileKey);
    else
        settings.setValue(kLastProfileKey, label);
}

std::optional<ServerProfile> ProfileStore::lastProfile() const
{
    const QString label = lastProfileLabel();
    if (!label.isEmpty()) {
        if (auto found = profile(label))
            return found;
    }
    const QList<ServerProfile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

QString ProfileStore::lastAccount(const QString &label) const
{
    for (const Entry &entry : readAll()) {
        if (entry.profile.label() == label)
            return entry.account;
    }
    return {};
}

bool ProfileStore::keepSignedIn(const QString &label) const
{
    for (const Entry &entry : readAll()) {
        if (entry.profile.label() == label)
            return entry.keepSignedIn;
    }
    return false;
}

void ProfileStore::setLastAccount(const QString &label, const QString &account, bool keepSignedIn)
{
    QList<Entry> entries = readAll();
    for (Entry &entry : entries) {
        if (entry.profile.label() == label) {
            entry.account = account;
            entry.keepSignedIn = keepSignedIn;
            writeAll(entries);
            return;
        }
    }
}

} // namespace charles
