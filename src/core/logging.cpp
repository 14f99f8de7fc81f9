#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "charles.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "charles.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "charles.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "charles.model", QtInfoMsg)
