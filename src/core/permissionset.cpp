#include "permissionset.h"

namespace charles {

namespace {

struct PermissionName
{
    Permission permission;
    const char *name;
};

constexpr PermissionName kNames[] = {
    {Permission::ModulesWrite, "modules_write"},
    {Permission::ModulesRead, "modules_read"},
    {Permission::CirclesWrite, "circles_write"},
    {Permission::CirclesRead, "circles_read"},
    {Permission::DeployWrite, "deploy_write"},
    {Permission::MaintenanceWrite, "maintenance_write"},
};

// Write implies read, for the two subjects that have both.
Permissions closeOverRules(Permissions p)
{
    if (p.testFlag(Permission::ModulesWrite))
        p |= Permission::ModulesRead;
    if (p.testFlag(Permission::CirclesWrite))
        p |= Permission::CirclesRead;
    return p;
}

} // namespace

PermissionSet PermissionSet::fromNames(const QStringList &names)
{
    PermissionSet set;
    for (const QString &n : names) {
        bool found = false;
        for (const auto &entry : kNames) {
            if (n == QLatin1String(entry.name)) {
                set.m_known |= entry.permission;
                found = true;
                break;
            }
        }
        if (!found && !set.m_unknown.contains(n))
            set.m_unknown.append(n);
    }
    return set;
}

QString PermissionSet::name(Permission permission)
{
    for (const auto &entry : kNames) {
        if (entry.permission == permission)
            return QLatin1String(entry.name);
    }
    return {};
}

const QList<Permission> &PermissionSet::allPermissions()
{
    static const QList<Permission> all = [] {
        QList<Permission> list;
        for (const auto &entry : kNames)
            list.append(entry.permission);
        return list;
    }();
    return all;
}

Permissions PermissionSet::permissionsOf(ScopeSubject subject)
{
    switch (subject) {
    case ScopeSubject::Modules:
        return Permission::ModulesWrite | Permission::ModulesRead;
    case ScopeSubject::Circles:
        return Permission::CirclesWrite | Permission::CirclesRead;
    case ScopeSubject::Deploy:
        return Permission::DeployWrite;
    case ScopeSubject::Maintenance:
        return Permission::MaintenanceWrite;
    }
    return {};
}

QStringList PermissionSet::knownNames() const
{
    QStringList list;
    for (const auto &entry : kNames) {
        if (m_known.testFlag(entry.permission))
            list.append(QLatin1String(entry.name));
    }
    return list;
}

QStringList PermissionSet::names() const
{
    return knownNames() + m_unknown;
}

PermissionSet PermissionSet::withPermission(Permission p, bool on) const
{
    PermissionSet result = *this;
    if (on) {
        result.m_known = closeOverRules(m_known | p);
        return result;
    }
    result.m_known &= ~Permissions(p);
    if (p == Permission::ModulesRead)
        result.m_known &= ~Permissions(Permission::ModulesWrite);
    if (p == Permission::CirclesRead)
        result.m_known &= ~Permissions(Permission::CirclesWrite);
    return result;
}

PermissionSet PermissionSet::withSubject(ScopeSubject subject, bool on) const
{
    PermissionSet result = *this;
    if (on)
        result.m_known |= permissionsOf(subject);
    else
        result.m_known &= ~permissionsOf(subject);
    return result;
}

Qt::CheckState PermissionSet::subjectState(ScopeSubject subject) const
{
    const Permissions all = permissionsOf(subject);
    const Permissions have = m_known & all;
    if (have == all)
        return Qt::Checked;
    return have ? Qt::PartiallyChecked : Qt::Unchecked;
}

} // namespace charles
