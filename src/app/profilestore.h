#pragma once

#include "core/serverprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace charles {

// The server profiles the admin signed in to, in QSettings, one group per profile, plus which
// one was used last and with which account. Holds no secret: no password, no token.
class ProfileStore
{
public:
    // A profile is known by its label (its display name, or its host when it has none).
    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &label) const;
    // Replaces the profile with the same label, or adds it.
    void saveProfile(const ServerProfile &profile);
    void removeProfile(const QString &label);

    QString lastProfileLabel() const;
    void setLastProfileLabel(const QString &label);
    std::optional<ServerProfile> lastProfile() const;

    // The account last signed in with on that profile, and whether it asked to be kept
    // signed in (the refresh token itself lives in the keychain, never here).
    QString lastAccount(const QString &label) const;
    bool keepSignedIn(const QString &label) const;
    void setLastAccount(const QString &label, const QString &account, bool keepSignedIn);

private:
    struct Entry
    {
        ServerProfile profile;
        QString account;
        bool keepSignedIn = false;
    };
    QList<Entry> readAll() const;
    void writeAll(const QList<Entry> &entries);
};

} // namespace charles
