#include "charlesproxy.h"

#include "sim/gateservice.h"
#include "sim/keycloakrealm.h"
#include "sim/mooveservice.h"
#include "sim/simuser.h"
#include "sim/simutil.h"
#include "sim/tokenstore.h"
#include "sim/userdirectory.h"

using namespace Qt::StringLiterals;

namespace charles::sim {

CharlesProxy::CharlesProxy(KeycloakRealm *realm, GateService *gate, MooveService *moove,
                           TokenStore *tokens, UserDirectory *users)
    : m_realm(realm), m_gate(gate), m_moove(moove), m_tokens(tokens), m_users(users)
{
}

static bool isGate(const QString &path)
{
    return path.startsWith(u"/gate/");
}

static bool isMoove(const QString &path)
{
    return path.startsWith(u"/moove/");
}

static SimReply invalidToken()
{
    return SimReply::json(401,
                          {{u"error"_s, u"invalid_token"_s},
                           {u"error_description"_s, u"Token verification failed"_s}});
}

SimReply CharlesProxy::handle(const SimRequest &request)
{
    if (request.path.startsWith(u"/keycloak/"))
        return m_realm->handle(request);
    if (!isGate(request.path) && !isMoove(request.path))
        return SimReply::empty(404); // Envoy: no route

    const bool hasUserToken = request.hasHeader("authorization");
    const bool hasSystemToken = request.hasHeader("x-charles-token");
    if (hasUserToken && hasSystemToken) {
        return SimReply::text(400,
                              "Authorization and X-Charles-Token headers must not be sent "
                              "together");
    }
    if (hasSystemToken)
        return withSystemToken(request);
    return withUserToken(request);
}

SimReply CharlesProxy::withUserToken(const SimRequest &request)
{
    if (!request.hasHeader("authorization"))
        return invalidToken();

    // gate splits on the literal "Bearer "; anything else breaks it badly
    // enough that the connection goes down without an answer.
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return SimReply::drop();

    const std::optional<QString> email = m_realm->emailForAccessToken(authorization.mid(7));
    if (!email)
        return invalidToken();

    const SimUser *user = m_users->findByEmail(*email);
    const bool root = user && user->isRoot;
    if (request.path.startsWith(u"/gate/api/v1/system-token") && !root)
        return SimReply::text(403, "Forbidden");

    if (isGate(request.path))
        return m_gate->handle(request, *email);
    return m_moove->handle(request, *email);
}

SimReply CharlesProxy::withSystemToken(const SimRequest &request)
{
    SystemToken *token = m_tokens->findByValueHash(util::sha256(request.header("x-charles-token")));
    if (!token || token->revoked) {
        return GateService::error(401, u"Unauthorized"_s, u"invalid system token"_s, QString());
    }
    // System tokens serve integrations; managing tokens needs a person.
    if (isGate(request.path))
        return SimReply::text(403, "Forbidden");

    const QString workspaceId = QString::fromUtf8(request.header("x-workspace-id"));
    if (!token->allWorkspaces && !token->workspaceIds.contains(workspaceId))
        return SimReply::text(403, "Forbidden");

    token->lastUsedAt = SimTimestamp {m_tokens->nextNsecs(), 0};
    return m_moove->handle(request, token->author);
}

} // namespace charles::sim
