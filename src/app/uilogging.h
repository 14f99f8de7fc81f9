#pragma once

#include <QLoggingCategory>

// The widgets' category. Nothing logged here carries a token value, a password or a
// refresh token: the widgets log what the admin did and which screen changed, not data.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
