#include "workspacestore.h"

namespace charles::sim {

void WorkspaceStore::add(const Workspace &workspace)
{
    m_index.insert(workspace.id, m_workspaces.size());
    m_workspaces.append(workspace);
}

const Workspace *WorkspaceStore::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_workspaces.at(*it);
}

QStringList WorkspaceStore::ids() const
{
    QStringList ids;
    ids.reserve(m_workspaces.size());
    for (const Workspace &workspace : m_workspaces)
        ids.append(workspace.id);
    return ids;
}

} // namespace charles::sim
