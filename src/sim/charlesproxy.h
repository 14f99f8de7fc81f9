#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

namespace charles::sim {

class GateService;
class KeycloakRealm;
class MooveService;
class TokenStore;
class UserDirectory;

// Envoy in front of everything: routes by prefix, checks the user's access
// token with Keycloak and the root role before gate and moove see a request.
class CharlesProxy
{
public:
    CharlesProxy(KeycloakRealm *realm, GateService *gate, MooveService *moove, TokenStore *tokens,
                 UserDirectory *users);

    SimReply handle(const SimRequest &request);

private:
    SimReply withUserToken(const SimRequest &request);
    SimReply withSystemToken(const SimRequest &request);

    KeycloakRealm *m_realm;
    GateService *m_gate;
    MooveService *m_moove;
    TokenStore *m_tokens;
    UserDirectory *m_users;
};

} // namespace charles::sim
