#pragma once

#include "core/permissionset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace charles {

// How scopes read in the details and the comparison: a subject's name, and the level a
// token has on it ("All permissions", "Read", "Write"), in the UI's language.
class ScopeText
{
    Q_DECLARE_TR_FUNCTIONS(ScopeText)

public:
    static const QList<ScopeSubject> &subjects();
    static QString subjectName(ScopeSubject subject);
    // Empty when the token has no permission on that subject.
    static QString level(const PermissionSet &permissions, ScopeSubject subject);
};

} // namespace charles
