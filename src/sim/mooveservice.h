#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

namespace charles::sim {

class UserDirectory;
class WorkspaceStore;
struct SimUser;

// The two moove endpoints the token manager reads: workspaces and the
// signed-in user's profile.
class MooveService
{
public:
    MooveService(WorkspaceStore *workspaces, UserDirectory *users);

    // `callerEmail` is the user behind the access token (or the author of a
    // system token); root callers see every workspace.
    SimReply handle(const SimRequest &request, const QString &callerEmail);

    // The workspaces a non-root Charles user belongs to.
    QStringList memberWorkspaceIds(const SimUser &user) const;

private:
    SimReply workspaces(const SimRequest &request, const QString &callerEmail) const;
    SimReply user(const QString &encodedSegment) const;

    WorkspaceStore *m_workspaces;
    UserDirectory *m_users;
};

} // namespace charles::sim
