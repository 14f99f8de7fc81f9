#pragma once

#include "sim/simuser.h"

#include <QList>
#include <QString>

namespace charles::sim {

// The accounts every simulator starts with.
class SimUsers
{
public:
    // Root admin: may manage system tokens.
    static QString rootEmail(); // admin@charles.example
    static QString rootUserName(); // admin
    static QString rootPassword(); // charles-demo
    static QString rootName(); // Ada Admin

    // Plain developer: logs in, but the proxy answers 403 on system tokens.
    static QString plainEmail(); // dev@charles.example
    static QString plainUserName(); // dev
    static QString plainPassword(); // charles-demo
    static QString plainName(); // Dev Eloper

    // Has a Keycloak login with the management role but no Charles user in
    // moove: user lookup is 404 and creating a token is 422 "User not found".
    static QString orphanEmail(); // ghost@charles.example
    static QString orphanUserName(); // ghost
    static QString orphanPassword(); // charles-demo

    // Charles users without a login, whose base64 e-mail holds '/' (first)
    // and '+' plus '=' padding (second). They also author seeded tokens.
    static QString slashEmail(); // joão.silva@charles.example
    static QString plusEmail(); // tomaž@charles.example

    static QList<SimUser> all();
};

} // namespace charles::sim
