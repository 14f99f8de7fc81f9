#include "simusers.h"

using namespace Qt::StringLiterals;

namespace charles::sim {

QString SimUsers::rootEmail()
{
    return u"admin@charles.example"_s;
}

QString SimUsers::rootUserName()
{
    return u"admin"_s;
}

QString SimUsers::rootPassword()
{
    return u"charles-demo"_s;
}

QString SimUsers::rootName()
{
    return u"Ada Admin"_s;
}

QString SimUsers::plainEmail()
{
    return u"dev@charles.example"_s;
}

QString SimUsers::plainUserName()
{
    return u"dev"_s;
}

QString SimUsers::plainPassword()
{
    return u"charles-demo"_s;
}

QString SimUsers::plainName()
{
    return u"Dev Eloper"_s;
}

QString SimUsers::orphanEmail()
{
    return u"ghost@charles.example"_s;
}

QString SimUsers::orphanUserName()
{
    return u"ghost"_s;
}

QString SimUsers::orphanPassword()
{
    return u"charles-demo"_s;
}

QString SimUsers::slashEmail()
{
    return u"joão.silva@charles.example"_s;
}

QString SimUsers::plusEmail()
{
    return u"tomaž@charles.example"_s;
}

QList<SimUser> SimUsers::all()
{
    SimUser root;
    root.id = u"0f6e2b1c-9a57-4c39-8d1e-6b0a3c5d7e21"_s;
    root.email = rootEmail();
    root.userName = rootUserName();
    root.password = rootPassword();
    root.name = rootName();
    root.isRoot = true;
    root.createdAt = u"2020-11-03 10:21:07"_s;

    SimUser plain;
    plain.id = u"5c3d9e7a-1b2f-4e6d-a8c0-2f4b6d8e0a13"_s;
    plain.email = plainEmail();
    plain.userName = plainUserName();
    plain.password = plainPassword();
    plain.name = plainName();
    plain.createdAt = u"2021-02-15 08:45:30"_s;

    SimUser orphan;
    orphan.id = u"9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d"_s;
    orphan.email = orphanEmail();
    orphan.userName = orphanUserName();
    orphan.password = orphanPassword();
    orphan.name = u"Gus Ghost"_s;
    orphan.isRoot = true;
    orphan.hasCharlesUser = false;

    SimUser slash;
    slash.id = u"3e1f5a7b-9c2d-4e6f-8a0b-c1d2e3f4a5b6"_s;
    slash.email = slashEmail();
    slash.name = u"João Silva"_s;
    slash.isRoot = true;
    slash.createdAt = u"2020-12-01 17:02:44"_s;

    SimUser plus;
    plus.id = u"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5e"_s;
    plus.email = plusEmail();
    plus.name = u"Tomaž Kos"_s;
    plus.createdAt = u"2021-03-22 12:30:00"_s;

    return {root, plain, orphan, slash, plus};
}

} // namespace charles::sim
