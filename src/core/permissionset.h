#pragma once

#include <QFlags>
#include <QMetaType>
#include <QStringList>

namespace charles {

// The permissions a system token may carry, as gate names them.
enum class Permission : quint8 {
    ModulesWrite = 0x01,
    ModulesRead = 0x02,
    CirclesWrite = 0x04,
    CirclesRead = 0x08,
    DeployWrite = 0x10,
    MaintenanceWrite = 0x20,
};
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

// The subjects the scope page groups permissions under.
enum class ScopeSubject : quint8 { Modules, Circles, Deploy, Maintenance };

// The set of permissions of one token: the ones this client knows, plus any other name a
// server sent (older servers carry hypothesis_* on some tokens); unknown names are kept so
// they still display, but a draft never sends them.
class PermissionSet
{
public:
    PermissionSet() = default;
    explicit PermissionSet(Permissions known) : m_known(known) { }

    static PermissionSet fromNames(const QStringList &names);
    static QString name(Permission permission);
    static const QList<Permission> &allPermissions(); // in display order
    static Permissions permissionsOf(ScopeSubject subject);

    Permissions known() const { return m_known; }
    const QStringList &unknownNames() const { return m_unknown; }
    bool isEmpty() const { return m_known == Permissions() && m_unknown.isEmpty(); }
    bool contains(Permission p) const { return m_known.testFlag(p); }

    // Names in display order, known first, then unknown as received; what a draft sends
    // is knownNames() only.
    QStringList names() const;
    QStringList knownNames() const;

    // The selection rules of the official web UI: write brings read, unchecking read drops
    // write, checking a subject selects all its actions.
    PermissionSet withPermission(Permission p, bool on) const;
    PermissionSet withSubject(ScopeSubject subject, bool on) const;
    Qt::CheckState subjectState(ScopeSubject subject) const;

    friend bool operator==(const PermissionSet &a, const PermissionSet &b)
    {
        return a.m_known == b.m_known && a.m_unknown == b.m_unknown;
    }

private:
    Permissions m_known;
    QStringList m_unknown;
};

} // namespace charles

Q_DECLARE_METATYPE(charles::PermissionSet)
