#pragma once

#include <QLoggingCategory>

// One category per subsystem. Nothing logged under any of them ever carries a token value,
// a password, a refresh or access token, or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
