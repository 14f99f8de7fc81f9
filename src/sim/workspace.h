#pragma once

#include <QString>

namespace charles::sim {

// A moove workspace. INCOMPLETE ones (no deployment configuration yet) can
// still be chosen for a token.
struct Workspace
{
    QString id;
    QString name;
    bool complete = true;
    QString authorEmail;
};

} // namespace charles::sim
