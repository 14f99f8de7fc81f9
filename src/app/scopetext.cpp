#include "scopetext.h"

namespace charles {

const QList<ScopeSubject> &ScopeText::subjects()
{
    static const QList<ScopeSubject> all = {ScopeSubject::Modules, ScopeSubject::Circles,
                                            ScopeSubject::Deploy, ScopeSubject::Maintenance};
    return all;
}

QString ScopeText::subjectName(ScopeSubject subject)
{
    switch (subject) {
    case ScopeSubject::Modules:
        return tr("Modules", "scope name");
    case ScopeSubject::Circles:
        return tr("Circles", "scope name");
    case ScopeSubject::Deploy:
        return tr("Deploy", "scope name");
    case ScopeSubject::Maintenance:
        return tr("Maintenance", "scope name");
    }
    return {};
}

QString ScopeText::level(const PermissionSet &permissions, ScopeSubject subject)
{
    switch (permissions.subjectState(subject)) {
    case Qt::Unchecked:
        return {};
    case Qt::Checked:
        //: A scope's permission when the token has every action of that scope
        return tr("All permissions");
    case Qt::PartiallyChecked:
        break;
    }
    const bool write = permissions.contains(
        subject == ScopeSubject::Modules ? Permission::ModulesWrite : Permission::CirclesWrite);
    return write ? tr("Write", "permission level: write access")
                 : tr("Read", "permission level: read access");
}

} // namespace charles
