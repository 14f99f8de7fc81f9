#pragma once

#include <QtGlobal>

namespace charles::sim {

// How much data a simulator starts with. The same seed gives the same ids,
// names, scopes and relative dates, so demos and tests are repeatable.
struct SeedOptions
{
    int workspaces = 40;
    int tokens = 300;
    quint32 seed = 20210427;
};

} // namespace charles::sim
