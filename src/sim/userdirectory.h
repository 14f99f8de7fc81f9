#pragma once

#include "sim/simuser.h"

#include <QList>

namespace charles::sim {

// The people of the installation, shared by Keycloak, the proxy and moove.
class UserDirectory
{
public:
    explicit UserDirectory(QList<SimUser> users);

    // Keycloak accepts the user name or the e-mail, case-insensitively.
    const SimUser *findLogin(const QString &userNameOrEmail) const;
    const SimUser *findByEmail(const QString &email) const;
    const SimUser *findCharlesUser(const QString &email) const;
    bool setPassword(const QString &userNameOrEmail, const QString &password);

private:
    QList<SimUser> m_users;
};

} // namespace charles::sim
