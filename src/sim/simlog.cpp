#include "simlog.h"

namespace charles::sim {

Q_LOGGING_CATEGORY(lcSim, "charles.sim", QtInfoMsg)

} // namespace charles::sim
