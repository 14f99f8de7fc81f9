#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "charles.ui", QtInfoMsg)
