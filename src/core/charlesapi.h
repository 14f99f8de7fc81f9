#pragma once

#include "result.h"
#include "transport.h"
#include "types.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace charles {

class PendingCall;
class Session;

// The calls the token manager makes to gate and moove, all asynchronous. Each call sends
// the session's bearer token; a 401 renews the session and sends the call once more; while
// the session waits for the admin to sign in again, calls stay parked and go on after.
class CharlesApi : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit CharlesApi(Session *session, QObject *parent = nullptr);

    Session *session() const { return m_session; }

    PendingCall *listTokens(const TokenQuery &query, QObject *context, Callback<TokenPage> done);
    PendingCall *getToken(const QString &id, QObject *context, Callback<SystemToken> done);
    PendingCall *createToken(const TokenDraft &draft, QObject *context,
                             Callback<CreatedToken> done);
    PendingCall *revokeToken(const QString &id, QObject *context, Callback<Done> done);
    PendingCall *regenerateToken(const QString &id, QObject *context, Callback<SecretValue> done);
    PendingCall *listWorkspaces(const WorkspaceQuery &query, QObject *context,
                                Callback<WorkspacePage> done);
    PendingCall *currentUser(QObject *context, Callback<UserProfile> done);

    // How many calls are waiting for the admin to sign in again.
    int parkedCount() const { return int(m_parked.size()); }
    // The admin gave up signing in again: the waiting calls end with SessionExpired.
    void abandonParked() { failParked(ApiError(ApiError::Kind::SessionExpired)); }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    using RawHandler = std::function<void(Result<HttpResponse>)>;
    PendingCall *call(HttpRequest request, QObject *context, RawHandler handler);
    struct CallState;
    PendingCall *failLater(QObject *context, std::function<void()> fail);
    void attempt(const std::shared_ptr<CallState> &state);
    void finishCall(const std::shared_ptr<CallState> &state, Result<HttpResponse> result);
    void settle(CallState &state);
    void park(const std::shared_ptr<CallState> &state);
    void resumeParked();
    void failParked(const ApiError &error);

    Session *m_session;
    QList<std::shared_ptr<CallState>> m_parked;
    int m_inFlight = 0;
};

} // namespace charles
