#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QJsonObject>
#include <QStringList>

namespace charles::sim {

class TokenStore;
class UserDirectory;
class WorkspaceStore;
struct SystemToken;

// gate's system token endpoints, as reached through the proxy (paths keep
// their /gate prefix here), with gate's messages, statuses and quirks.
class GateService
{
public:
    GateService(TokenStore *tokens, WorkspaceStore *workspaces, UserDirectory *users);

    static QStringList knownPermissions();

    SimReply handle(const SimRequest &request, const QString &callerEmail);

    // gate's error body: {"id", "message", "detail", "type", "timestamp"}.
    static SimReply error(int status, const QString &message, const QString &detail,
                          const QString &type);

    QJsonObject tokenJson(const SystemToken &token) const;
    // A new token "made by another admin"; its value is thrown away.
    QString addToken(const QString &name, const QStringList &permissions,
                     const QStringList &workspaceIds, bool allWorkspaces);

private:
    SimReply list(const SimRequest &request) const;
    SimReply get(const QString &id) const;
    SimReply create(const SimRequest &request, const QString &callerEmail);
    SimReply revoke(const QString &id);
    SimReply regenerate(const QString &id);

    TokenStore *m_tokens;
    WorkspaceStore *m_workspaces;
    UserDirectory *m_users;
};

} // namespace charles::sim
