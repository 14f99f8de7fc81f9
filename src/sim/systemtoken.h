#pragma once

#include "sim/simtimestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace charles::sim {

// A system token as gate stores it: the value itself is never kept, only
// its SHA-256.
struct SystemToken
{
    QString id;
    QString name;
    std::u32string nameUpper; // upper(name), for LIKE and sorting
    QStringList permissions;
    bool permissionsNull = false; // serialised as null (a Go nil slice)
    QStringList workspaceIds;
    bool workspacesNull = false;
    bool allWorkspaces = false;
    bool revoked = false;
    SimTimestamp createdAt;
    std::optional<SimTimestamp> revokedAt;
    std::optional<SimTimestamp> lastUsedAt;
    QString author;
    QByteArray valueHash;
};

} // namespace charles::sim
