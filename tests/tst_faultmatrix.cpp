// Every call path against every fault the simulator can inject: the exact error kind, a
// translated message, the client usable afterwards, and no second request for a create.
#include "simfixture.h"

using namespace charles;
using charles::sim::Fault;
using charles::sim::Simulator;

namespace {

enum class Path { SignIn, UserProfile, Refresh, List, Get, Workspaces, Create, Revoke, Regenerate };
enum class Kind {
    Gate500,
    Html502,
    Html503,
    Html504,
    Plain403,
    Empty200,
    TruncatedJson,
    WrongShape,
    WrongTypes,
    Oversized,
    Dropped,
    NoAnswer,
    CancelledSlow,
    NotFound404,
    Business422
};

const char *pathName(Path p)
{
    switch (p) {
    case Path::SignIn:
        return "sign-in";
    case Path::UserProfile:
        return "user-profile";
    case Path::Refresh:
        return "refresh";
    case Path::List:
        return "list";
    case Path::Get:
        return "get";
    case Path::Workspaces:
        return "workspaces";
    case Path::Create:
        return "create";
    case Path::Revoke:
        return "revoke";
    case Path::Regenerate:
        return "regenerate";
    }
    return "";
}

const char *kindName(Kind k)
{
    switch (k) {
    case Kind::Gate500:
        return "gate 500";
    case Kind::Html502:
        return "html 502";
    case Kind::Html503:
        return "html 503";
    case Kind::Html504:
        return "html 504";
    case Kind::Plain403:
        return "plain 403";
    case Kind::Empty200:
        return "empty 200";
    case Kind::TruncatedJson:
        return "truncated json";
    case Kind::WrongShape:
        return "wrong shape";
    case Kind::WrongTypes:
        return "wrong types";
    case Kind::Oversized:
        return "oversized";
    case Kind::Dropped:
        return "dropped";
    case Kind::NoAnswer:
        return "no answer";
    case Kind::CancelledSlow:
        return "slow, cancelled";
    case Kind::NotFound404:
        return "404";
    case Kind::Business422:
        return "422";
    }
    return "";
}

struct Target
{
    QByteArray method;
    QString pattern;
};

Target targetOf(Path p)
{
    switch (p) {
    case Path::SignIn:
    case Path::Refresh:
        return {"POST", QStringLiteral("/protocol/openid-connect/token$")};
    case Path::UserProfile:
        return {"GET", QStringLiteral("^/moove/v2/users/")};
    case Path::List:
        return {"GET", QStringLiteral("^/gate/api/v1/system-token$")};
    case Path::Get:
        return {"GET", QStringLiteral("^/gate/api/v1/system-token/[^/]+$")};
    case Path::Workspaces:
        return {"GET", QStringLiteral("^/moove/v2/workspaces")};
    case Path::Create:
        return {"POST", QStringLiteral("^/gate/api/v1/system-token$")};
    case Path::Revoke:
        return {"POST", QStringLiteral("/revoke$")};
    case Path::Regenerate:
        return {"PUT", QStringLiteral("/regenerate$")};
    }
    return {};
}

Fault faultOf(Kind k)
{
    Fault f;
    switch (k) {
    case Kind::Gate500:
        f.status = 500;
        f.body = R"({"id":"e-1","message":"Internal error","detail":"","type":"","timestamp":"1"})";
        break;
    case Kind::Html502:
    case Kind::Html503:
    case Kind::Html504:
        f.status = k == Kind::Html502 ? 502 : k == Kind::Html503 ? 503 : 504;
        f.contentType = "text/html";
        f.body = "<html><head><title>Bad gateway</title></head><body><h1>Oops</h1></body></html>";
        break;
    case Kind::Plain403:
        f.status = 403;
        f.contentType = "text/plain";
        f.body = "Forbidden";
        break;
    case Kind::Empty200:
        f.status = 200;
        break;
    case Kind::TruncatedJson:
        f.status = 200;
        f.body = R"({"content":[{"id":"5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60","name":"x")";
        break;
    case Kind::WrongShape:
        f.status = 200;
        f.body = R"(["not", "an", "object"])";
        break;
    case Kind::WrongTypes:
        f.status = 200;
        f.body = R"({"id":7,"name":[],"content":"x","token":5,"email":1,"isRoot":"yes",
                     "access_token":3,"expires_in":"soon"})";
        break;
    case Kind::Oversized:
        f.status = 200;
        f.body = "{\"padding\":\"" + QByteArray(256 * 1024, 'x') + "\"}";
        break;
    case Kind::Dropped:
        f.action = Fault::Action::Drop;
        break;
    case Kind::NoAnswer:
    case Kind::CancelledSlow:
        f.action = Fault::Action::NoAnswer;
        break;
    case Kind::NotFound404:
        f.status = 404;
        f.body =
            R"({"id":"e-2","message":"Token not found","detail":"","type":"NotFoundError","timestamp":"1"})";
        break;
    case Kind::Business422:
        f.status = 422;
        f.body =
            R"({"id":"e-3","message":"Token already revoked.","detail":"","type":"BusinessError","timestamp":"1"})";
        break;
    }
    return f;
}

// What each fault must become. A revoke reads no body, so any 2xx is its success.
std::optional<ApiError::Kind> expectedKind(Path p, Kind k)
{
    using K = ApiError::Kind;
    switch (k) {
    case Kind::Gate500:
    case Kind::Html502:
    case Kind::Html503:
    case Kind::Html504:
        return K::ServerError;
    case Kind::Plain403:
        return K::Forbidden;
    case Kind::Empty200:
    case Kind::TruncatedJson:
    case Kind::WrongShape:
    case Kind::WrongTypes:
        if (p == Path::Revoke)
            return std::nullopt;
        return K::UnexpectedResponse;
    case Kind::Oversized:
        return K::UnexpectedResponse;
    case Kind::Dropped:
        return K::ConnectionLost;
    case Kind::NoAnswer:
        return K::Timeout;
    case Kind::CancelledSlow:
        return K::Cancelled;
    case Kind::NotFound404:
        return K::NotFound;
    case Kind::Business422:
        return K::Conflict;
    }
    return std::nullopt;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
};

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("path");
    QTest::addColumn<int>("fault");
    for (int p = int(Path::SignIn); p <= int(Path::Regenerate); ++p) {
        for (int k = int(Kind::Gate500); k <= int(Kind::Business422); ++k) {
            // A background refresh has no cancel; its no-answer row covers the slow case.
            if (Path(p) == Path::Refresh && Kind(k) == Kind::CancelledSlow)
                continue;
            QTest::addRow("%s / %s", pathName(Path(p)), kindName(Kind(k))) << p << k;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, path);
    QFETCH(int, fault);
    const Path p = Path(path);
    const Kind k = Kind(fault);

    charles::sim::SeedOptions seed;
    seed.tokens = 5;
    seed.workspaces = 3;
    SimFixture f(seed);
    f.transport->setTransferTimeout(400);
    f.transport->setMaxBodySize(64 * 1024);
    const bool signInPath = p == Path::SignIn || p == Path::UserProfile;
    if (!signInPath)
        QVERIFY(f.signIn());
    const QString tokenId =
        f.sim->addToken(QStringLiteral("target"), {QStringLiteral("deploy_write")}, {}, true);
    f.sim->clearRequests();

    const Target target = targetOf(p);
    Fault injected = faultOf(k);
    injected.method = target.method;
    injected.pathPattern = target.pattern;
    const int faultId = f.sim->addFault(injected);

    std::optional<ApiError> error;
    bool succeeded = false;
    bool finished = false;
    QPointer<PendingCall> call;
    const auto done = [&](auto result) {
        finished = true;
        if (result.ok())
            succeeded = true;
        else
            error = result.error();
    };

    switch (p) {
    case Path::SignIn:
    case Path::UserProfile: {
        QObject::connect(f.session.get(), &Session::signInFailed, this,
                         [&](const ApiError &e) { finished = true, error = e; });
        QObject::connect(f.session.get(), &Session::signedIn, this,
                         [&] { finished = true, succeeded = true; });
        f.session->signIn(Simulator::rootUserName(),
                          SecretValue(Simulator::rootPassword().toUtf8()), false);
        break;
    }
    case Path::Refresh: {
        QObject::connect(f.session.get(), &Session::renewFailed, this,
                         [&](const ApiError &e) { finished = true, error = e; });
        QObject::connect(f.session.get(), &Session::expired, this,
                         [&](const ApiError &e) { finished = true, error = e; });
        QObject::connect(f.session.get(), &Session::renewed, this,
                         [&] { finished = true, succeeded = true; });
        f.session->renew();
        break;
    }
    case Path::List:
        call = f.api->listTokens({}, this, [&](Result<TokenPage> r) { done(std::move(r)); });
        break;
    case Path::Get:
        call = f.api->getToken(tokenId, this, [&](Result<SystemToken> r) { done(std::move(r)); });
        break;
    case Path::Workspaces:
        call =
            f.api->listWorkspaces({}, this, [&](Result<WorkspacePage> r) { done(std::move(r)); });
        break;
    case Path::Create: {
        TokenDraft draft;
        draft.name = QStringLiteral("matrix");
        draft.permissions = PermissionSet(Permission::DeployWrite);
        draft.allWorkspaces = true;
        call = f.api->createToken(draft, this, [&](Result<CreatedToken> r) { done(std::move(r)); });
        break;
    }
    case Path::Revoke:
        call = f.api->revokeToken(tokenId, this, [&](Result<Done> r) { done(std::move(r)); });
        break;
    case Path::Regenerate:
        call = f.api->regenerateToken(tokenId, this,
                                      [&](Result<SecretValue> r) { done(std::move(r)); });
        break;
    }

    const auto expected = expectedKind(p, k);
    if (k == Kind::CancelledSlow) {
        // The admin cancels a slow answer: nothing is reported, nothing retried.
        QTest::qWait(100);
        if (signInPath)
            f.session->cancelSignIn();
        else
            call->abort();
        QTest::qWait(600);
        QVERIFY(!succeeded);
        QVERIFY(!error.has_value() || error->kind() != ApiError::Kind::Timeout);
        if (signInPath)
            QCOMPARE(f.session->state(), Session::State::SignedOut);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        if (!expected) {
            QVERIFY(succeeded);
        } else {
            QVERIFY2(error.has_value(), "the call succeeded despite the fault");
            QCOMPARE(ApiError::kindName(error->kind()), ApiError::kindName(*expected));
            QVERIFY(!error->userMessage().isEmpty());
            QVERIFY(!error->userMessage().contains(QLatin1Char('<'))); // no HTML dump
        }
    }

    // A create is never sent twice, whatever happened to the first.
    if (p == Path::Create)
        QCOMPARE(f.sim->requestCount("POST", QStringLiteral("^/gate/api/v1/system-token$")), 1);

    // The client stays usable once the server behaves.
    f.sim->removeFault(faultId);
    if (!f.session->isSignedIn())
        QVERIFY(f.signIn());
    Outcome<TokenPage> after;
    f.api->listTokens({}, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(after.result->ok());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
