#pragma once

#include <QString>

namespace charles::sim {

// A person known to the simulated installation: a Keycloak account (when
// userName is set), a Charles user in moove (when hasCharlesUser), or both.
struct SimUser
{
    QString id;
    QString email;
    QString userName; // empty: cannot log in
    QString password;
    QString name;
    bool isRoot = false; // Keycloak "management" role and moove's root flag
    bool hasCharlesUser = true;
    QString createdAt; // moove's "yyyy-MM-dd HH:mm:ss"
};

} // namespace charles::sim
