#pragma once

#include <QLoggingCategory>

namespace charles::sim {

// Requests are logged at debug level (method, path, status, time); never a
// token value, a password or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace charles::sim
