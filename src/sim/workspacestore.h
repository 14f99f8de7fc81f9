#pragma once

#include "sim/workspace.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace charles::sim {

// The workspaces of the installation, in seed order.
class WorkspaceStore
{
public:
    void add(const Workspace &workspace);
    const Workspace *find(const QString &id) const;
    const QList<Workspace> &all() const { return m_workspaces; }
    QStringList ids() const;

private:
    QList<Workspace> m_workspaces;
    QHash<QString, qsizetype> m_index;
};

} // namespace charles::sim
