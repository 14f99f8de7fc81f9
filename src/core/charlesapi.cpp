#include "charlesapi.h"

#include "jsondecode.h"
#include "logging.h"
#include "pendingcall.h"
#include "session.h"
#include "transport.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace charles {

namespace {

const QString kTokenPath = QStringLiteral("/api/v1/system-token");

// An id from a list goes back into a path: anything that is not a UUID is refused here
// rather than sent.
bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

ApiError invalidId()
{
    return ApiError(ApiError::Kind::NotFound, 0, {}, QStringLiteral("not a token id"));
}

template<typename T, typename Decode>
CharlesApi::Callback<HttpResponse> decodeWith(CharlesApi::Callback<T> done, Decode decode)
{
    return [done = std::move(done), decode](Result<HttpResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        done(decode(result.value().body));
    };
}

} // namespace

CharlesApi::CharlesApi(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &Session::signedIn, this, &CharlesApi::resumeParked);
    connect(session, &Session::renewed, this, &CharlesApi::resumeParked);
    connect(session, &Session::renewFailed, this,
            [this](const ApiError &error) { failParked(error); });
    connect(session, &Session::signedOut, this,
            [this] { failParked(ApiError(ApiError::Kind::SessionExpired)); });
    // A first sign-in that failed leaves nobody to resume what waited for it.
    connect(session, &Session::signInFailed, this, [this] {
        if (m_session->state() == Session::State::SignedOut)
            failParked(ApiError(ApiError::Kind::SessionExpired));
    });
}

struct CharlesApi::CallState
{
    HttpRequest request;
    RawHandler handler;
    QPointer<PendingCall> outer;
    QPointer<QObject> context;
    QPointer<PendingCall> inner;
    QString email; // the account the call was made for
    bool renewed = false;
    bool rejected = false; // the session was ended over this call's 401s
    bool counted = false;
};

PendingCall *CharlesApi::call(HttpRequest request, QObject *context, RawHandler handler)
{
    auto *outer = new PendingCall(this);
    auto state = std::make_shared<CallState>();
    state->request = std::move(request);
    state->handler = std::move(handler);
    state->outer = outer;
    state->context = context;
    state->email = m_session->user().email;

    connect(outer, &PendingCall::aborted, this, [this, state] {
        if (state->inner)
            state->inner->abort();
        settle(*state);
    });

    state->counted = true;
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
    attempt(state);
    return outer;
}

void CharlesApi::attempt(const std::shared_ptr<CallState> &state)
{
    // Signed out, nobody will sign this call back in: it ends now. An expired session or
    // a renewal under way will come back, and the call waits for it.
    if (m_session->state() == Session::State::SignedOut) {
        finishCall(state, ApiError(ApiError::Kind::SessionExpired));
        return;
    }
    if (!m_session->isSignedIn() || m_session->isRenewing()) {
        park(state);
        return;
    }
    HttpRequest copy = state->request;
    copy.headers.append({"Authorization", m_session->authorizationHeader()});
    state->inner = m_session->transport()->send(
        std::move(copy), state->outer, [this, state](Result<HttpResponse> result) {
            // The proxy answers 401 for an access token that expired in between; the request
            // never reached gate, so sending it again after a renewal is safe, even a create.
            if (!result && result.error().httpStatus() == 401) {
                if (!state->renewed) {
                    state->renewed = true;
                    m_session->renew();
                    park(state);
                    return;
                }
                // Refused again with a token just renewed: the session is no good any more.
                // A new sign-in is asked for, and the call waits for it once, as calls do when
                // Keycloak ends a session.
                if (!state->rejected && m_session->isSignedIn()) {
                    state->rejected = true;
                    m_session->reject(result.error());
                    park(state);
                    return;
                }
            }
            finishCall(state, std::move(result));
        });
}

void CharlesApi::finishCall(const std::shared_ptr<CallState> &state, Result<HttpResponse> result)
{
    settle(*state);
    if (state->outer)
        state->outer->finish();
    if (state->context)
        state->handler(std::move(result));
}

void CharlesApi::settle(CallState &state)
{
    if (!state.counted)
        return;
    state.counted = false;
    if (--m_inFlight == 0)
        Q_EMIT busyChanged(false);
}

void CharlesApi::park(const std::shared_ptr<CallState> &state)
{
    m_parked.append(state);
    if (m_session->isSignedIn() && !m_session->isRenewing())
        resumeParked();
}

void CharlesApi::resumeParked()
{
    const auto parked = std::exchange(m_parked, {});
    for (const auto &state : parked) {
        if (!state->outer || state->outer->isAborted())
            continue;
        // Calls made for one account never go on under another.
        if (state->email == m_session->user().email)
            attempt(state);
        else
            finishCall(state, ApiError(ApiError::Kind::SessionExpired));
    }
}

void CharlesApi::failParked(const ApiError &error)
{
    const auto parked = std::exchange(m_parked, {});
    for (const auto &state : parked) {
        if (state->outer && !state->outer->isAborted())
            finishCall(state, error);
    }
}

PendingCall *CharlesApi::listTokens(const TokenQuery &query, QObject *context,
                                    Callback<TokenPage> done)
{
    QUrl url = m_session->profile().gateUrl(kTokenPath);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"),
                   QString::fromLatin1(QUrl::toPercentEncoding(query.name)));
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("size"), QString::number(query.size));
    q.addQueryItem(
        QStringLiteral("sort"),
        QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sortClause(query.sort)))));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);

    HttpRequest request;
    request.url = url;
    return call(std::move(request), context,
                decodeWith<TokenPage>(std::move(done), &json::decodeTokenPage));
}

PendingCall *CharlesApi::getToken(const QString &id, QObject *context, Callback<SystemToken> done)
{
    if (!isUuid(id))
        return failLater(context, [done = std::move(done)] { done(invalidId()); });
    HttpRequest request;
    request.url = m_session->profile().gateUrl(kTokenPath + QLatin1Char('/') + id);
    return call(std::move(request), context,
                decodeWith<SystemToken>(std::move(done), &json::decodeTokenDocument));
}

PendingCall *CharlesApi::createToken(const TokenDraft &draft, QObject *context,
                                     Callback<CreatedToken> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_session->profile().gateUrl(kTokenPath);
    request.contentType = "application/json";
    request.body = draft.toJson();
    return call(std::move(request), context, [done = std::move(done)](Result<HttpResponse> r) {
        if (!r) {
            done(r.error());
            return;
        }
        done(json::decodeCreatedToken(r.value().body));
    });
}

PendingCall *CharlesApi::revokeToken(const QString &id, QObject *context, Callback<Done> done)
{
    if (!isUuid(id))
        return failLater(context, [done = std::move(done)] { done(invalidId()); });
    HttpRequest request;
    request.method = "POST";
    request.url =
        m_session->profile().gateUrl(kTokenPath + QLatin1Char('/') + id + QLatin1String("/revoke"));
    return call(std::move(request), context, [done = std::move(done)](Result<HttpResponse> r) {
        if (!r) {
            done(r.error());
            return;
        }
        done(Done {});
    });
}

PendingCall *CharlesApi::regenerateToken(const QString &id, QObject *context,
                                         Callback<SecretValue> done)
{
    if (!isUuid(id))
        return failLater(context, [done = std::move(done)] { done(invalidId()); });
    HttpRequest request;
    request.method = "PUT";
    request.url = m_session->profile().gateUrl(kTokenPath + QLatin1Char('/') + id +
                                               QLatin1String("/regenerate"));
    return call(std::move(request), context, [done = std::move(done)](Result<HttpResponse> r) {
        if (!r) {
            done(r.error());
            return;
        }
        done(json::decodeRegeneratedToken(r.value().body));
    });
}

PendingCall *CharlesApi::listWorkspaces(const WorkspaceQuery &query, QObject *context,
                                        Callback<WorkspacePage> done)
{
    QUrl url = m_session->profile().mooveUrl(QStringLiteral("/v2/workspaces"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"),
                   QString::fromLatin1(QUrl::toPercentEncoding(query.name)));
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("size"), QString::number(qBound(1, query.size, 50)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);

    HttpRequest request;
    request.url = url;
    return call(std::move(request), context,
                decodeWith<WorkspacePage>(std::move(done), &json::decodeWorkspacePage));
}

PendingCall *CharlesApi::currentUser(QObject *context, Callback<UserProfile> done)
{
    HttpRequest request;
    request.url = m_session->profile().userUrl(m_session->user().email);
    return call(std::move(request), context,
                decodeWith<UserProfile>(std::move(done), &json::decodeUser));
}

PendingCall *CharlesApi::failLater(QObject *context, std::function<void()> fail)
{
    // Handlers never run inside the call that started them: callers may not expect it.
    auto *pending = new PendingCall(this);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        pending,
        [pending, guard, fail = std::move(fail)] {
            pending->finish();
            if (guard)
                fail();
        },
        Qt::QueuedConnection);
    return pending;
}

} // namespace charles
