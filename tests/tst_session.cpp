// Signing in, staying signed in, and signing out, against the simulator's Keycloak.
#include "core/jsondecode.h"
#include "core/keychainstore.h"
#include "simfixture.h"

#include <QUrlQuery>

using namespace charles;
using charles::sim::Simulator;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void signsInAsRoot();
    void signsInWithEmailToo();
    void wrongPassword();
    void passwordIsFormEncoded();
    void nonRootAccountIsExplained();
    void loginDisabledForClient();
    void unreachableServer();
    void wrongRealmIsNotFound();
    void customAuthBaseIsUsedAsIs();
    void refreshesBeforeExpiry();
    void expiredAccessTokenIsRenewedAndTheCallRepeated();
    void endedSessionParksCallsUntilSignedInAgain();
    void renewedTokenRefusedAgainAsksForANewSignIn();
    void refusedAfterANewSignInTooTheCallEnds();
    void parkedCallsFailOnSignOut();
    void signOutEndsTheKeycloakSession();
    void cancelSignIn();
    void keepSignedInStoresTheRefreshTokenAndResumes();
    void resumeWithNothingKeptFails();
    void endedSessionDropsTheKeptEntry();
    void noKeychainIsNotFatal();
    void callsWhileSignedOutEndAtOnce();
    void aHugeLifetimeDoesNotStormRefreshes();
};

void TestSession::signsInAsRoot()
{
    SimFixture f;
    QSignalSpy states(f.session.get(), &Session::stateChanged);
    QVERIFY(f.signIn());
    QCOMPARE(f.session->state(), Session::State::SignedIn);
    QVERIFY(f.session->user().isRoot);
    QCOMPARE(f.session->user().email, Simulator::rootEmail());
    QVERIFY(f.session->authorizationHeader().startsWith("Bearer "));
    QCOMPARE(states.first().first().value<Session::State>(), Session::State::SigningIn);
    // The user was looked up at moove by the base64 of the e-mail.
    QCOMPARE(f.sim->requestCount("GET", QStringLiteral("^/moove/v2/users/")), 1);
}

void TestSession::signsInWithEmailToo()
{
    SimFixture f;
    QVERIFY(f.signIn(Simulator::rootEmail(), Simulator::rootPassword()));
}

void TestSession::wrongPassword()
{
    SimFixture f;
    QSignalSpy failed(f.session.get(), &Session::signInFailed);
    f.session->signIn(Simulator::rootUserName(), SecretValue("nope"), false);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::InvalidCredentials);
    QCOMPARE(f.session->state(), Session::State::SignedOut);
    QVERIFY(f.session->authorizationHeader().isEmpty());
}

void TestSession::passwordIsFormEncoded()
{
    SimFixture f;
    const QString password = QString::fromUtf8("a&b+c%d e=ç/?#");
    QSignalSpy failed(f.session.get(), &Session::signInFailed);
    f.session->signIn(QStringLiteral("dev+qa@charles.example"), SecretValue(password.toUtf8()),
                      false);
    QTRY_COMPARE(failed.size(), 1);
    const auto requests = f.sim->requests();
    QVERIFY(!requests.isEmpty());
    const QByteArray body = requests.first().body;
    // Decode as a server does: '+' is a space, %XX a byte.
    QUrlQuery form(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
    QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), password);
    QCOMPARE(form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded),
             QStringLiteral("dev+qa@charles.example"));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("password"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("charlescd-client"));
}

void TestSession::nonRootAccountIsExplained()
{
    SimFixture f;
    QSignalSpy failed(f.session.get(), &Session::signInFailed);
    f.session->signIn(Simulator::plainUserName(), SecretValue(Simulator::plainPassword().toUtf8()),
                      false);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::NotRoot);
    QVERIFY(error.userMessage().contains(QStringLiteral("root")));
    QCOMPARE(f.session->state(), Session::State::SignedOut);
    // Its Keycloak session was ended, and no token call was made.
    QTRY_COMPARE(f.sim->requestCount("POST", QStringLiteral("/logout$")), 1);
    QCOMPARE(f.sim->requestCount("GET", QStringLiteral("^/gate/")), 0);
}

void TestSession::loginDisabledForClient()
{
    SimFixture f;
    f.sim->setPasswordGrantEnabled(false);
    QCOMPARE(f.signInError().kind(), ApiError::Kind::LoginDisabled);
}

void TestSession::unreachableServer()
{
    SimFixture f;
    ServerProfile profile = f.profile();
    // A port nothing listens on: the simulator's, once it is gone.
    f.sim.reset();
    f.session->setProfile(profile);
    QCOMPARE(f.signInError(QStringLiteral("admin"), QStringLiteral("x")).kind(),
             ApiError::Kind::NetworkUnreachable);
}

void TestSession::wrongRealmIsNotFound()
{
    SimFixture f;
    ServerProfile profile = f.profile();
    profile.realm = QStringLiteral("elsewhere");
    f.session->setProfile(profile);
    QCOMPARE(f.signInError().kind(), ApiError::Kind::NotFound);
}

void TestSession::customAuthBaseIsUsedAsIs()
{
    SimFixture f;
    ServerProfile profile = f.profile();
    profile.authBaseUrl = QUrl(f.sim->baseUrl().toString() + QStringLiteral("/keycloak/auth"));
    QCOMPARE(profile.tokenEndpoint().path(),
             QStringLiteral("/keycloak/auth/realms/charlescd/protocol/openid-connect/token"));
    f.session->setProfile(profile);
    QVERIFY(f.signIn());

    // Newer Keycloaks serve without /auth: the client never adds it back.
    profile.authBaseUrl = QUrl(f.sim->baseUrl().toString() + QStringLiteral("/keycloak"));
    QCOMPARE(profile.tokenEndpoint().path(),
             QStringLiteral("/keycloak/realms/charlescd/protocol/openid-connect/token"));
}

void TestSession::refreshesBeforeExpiry()
{
    SimFixture f;
    f.sim->setAccessTokenLifetime(2);
    QVERIFY(f.signIn());
    QCOMPARE(f.session->refreshInterval(), 1600);
    const QByteArray first = f.session->authorizationHeader();
    QSignalSpy renewed(f.session.get(), &Session::renewed);
    QVERIFY(renewed.wait(4000));
    QVERIFY(f.session->authorizationHeader() != first);
    QCOMPARE(f.session->state(), Session::State::SignedIn);
}

void TestSession::expiredAccessTokenIsRenewedAndTheCallRepeated()
{
    SimFixture f;
    QVERIFY(f.signIn());
    f.sim->expireAccessTokens();
    Outcome<TokenPage> page;
    f.api->listTokens({}, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(page.result->ok());
    QCOMPARE(page.result->value().items.size(), 20);
    QCOMPARE(f.sim->requestCount("GET", QStringLiteral("^/gate/api/v1/system-token$")), 2);
    QCOMPARE(f.sim->requestCount("POST", QStringLiteral("/token$")), 2); // login + refresh
}

void TestSession::endedSessionParksCallsUntilSignedInAgain()
{
    SimFixture f;
    QVERIFY(f.signIn());
    f.sim->endSessions();
    f.sim->expireAccessTokens();

    QSignalSpy expired(f.session.get(), &Session::expired);
    Outcome<Done> revoke;
    const QString id =
        f.sim->addToken(QStringLiteral("to revoke"), {QStringLiteral("deploy_write")}, {}, true);
    f.api->revokeToken(id, this, revoke.callback());
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(f.session->state(), Session::State::Expired);
    QCOMPARE(f.api->parkedCount(), 1);
    QVERIFY(!revoke.result.has_value());

    // Signing in again lets the confirmed revoke go on.
    QVERIFY(f.signIn());
    QVERIFY(revoke.wait());
    QVERIFY(revoke.result->ok());
    QCOMPARE(f.sim->requestCount("POST", QStringLiteral("/revoke$")), 2);
    QVERIFY(f.sim->activeTokenCount() >= 0);
}

namespace {

// The proxy refusing every bearer token for the list, `times` times in a row.
sim::Fault refusedList(int times)
{
    sim::Fault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.status = 401;
    fault.contentType = "text/plain";
    fault.body = "Jwt verification fails";
    fault.times = times;
    return fault;
}

const QString kList = QStringLiteral("^/gate/api/v1/system-token$");

} // namespace

void TestSession::renewedTokenRefusedAgainAsksForANewSignIn()
{
    SimFixture f;
    QVERIFY(f.signIn());
    f.sim->addFault(refusedList(2)); // the first try and the one after the renewal
    QSignalSpy expired(f.session.get(), &Session::expired);
    Outcome<TokenPage> page;
    f.api->listTokens({}, this, page.callback());

    // Not "signed in" with a session the server refuses: it ended, and says why.
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(expired.constFirst().constFirst().value<ApiError>().kind(),
             ApiError::Kind::SessionExpired);
    QCOMPARE(f.session->state(), Session::State::Expired);
    QVERIFY(f.session->authorizationHeader().isEmpty());
    QCOMPARE(f.sim->requestCount("POST", QStringLiteral("/token$")), 2); // login + refresh
    QTRY_COMPARE(f.sim->requestCount("POST", QStringLiteral("/logout$")), 1); // Keycloak told
    QCOMPARE(f.api->parkedCount(), 1);
    QVERIFY(!page.result.has_value());

    // Signed in again, the call goes on.
    QVERIFY(f.signIn());
    QVERIFY(page.wait());
    QVERIFY(page.result->ok());
    QCOMPARE(f.sim->requestCount("GET", kList), 3);
    QCOMPARE(expired.size(), 1);
}

void TestSession::refusedAfterANewSignInTooTheCallEnds()
{
    SimFixture f;
    QVERIFY(f.signIn());
    f.sim->addFault(refusedList(-1));
    QSignalSpy expired(f.session.get(), &Session::expired);
    Outcome<TokenPage> page;
    f.api->listTokens({}, this, page.callback());
    QTRY_COMPARE(expired.size(), 1);

    // Once more refused after a new sign-in: the call ends with the error; no loop of
    // sign-ins for one call.
    QVERIFY(f.signIn());
    QVERIFY(page.wait());
    QVERIFY(!page.result->ok());
    QCOMPARE(page.result->error().kind(), ApiError::Kind::SessionExpired);
    QCOMPARE(f.sim->requestCount("GET", kList), 3);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(f.session->state(), Session::State::SignedIn);
    QCOMPARE(f.api->parkedCount(), 0);
}

void TestSession::parkedCallsFailOnSignOut()
{
    SimFixture f;
    QVERIFY(f.signIn());
    f.sim->endSessions();
    f.sim->expireAccessTokens();
    QSignalSpy expired(f.session.get(), &Session::expired);
    Outcome<TokenPage> page;
    f.api->listTokens({}, this, page.callback());
    QTRY_COMPARE(expired.size(), 1);
    f.session->signOut();
    QVERIFY(page.wait());
    QCOMPARE(page.result->error().kind(), ApiError::Kind::SessionExpired);
}

void TestSession::signOutEndsTheKeycloakSession()
{
    SimFixture f;
    QVERIFY(f.signIn());
    QSignalSpy out(f.session.get(), &Session::signedOut);
    f.session->signOut();
    QCOMPARE(out.size(), 1);
    QCOMPARE(f.session->state(), Session::State::SignedOut);
    QVERIFY(f.session->authorizationHeader().isEmpty());
    QTRY_COMPARE(f.sim->requestCount("POST", QStringLiteral("/logout$")), 1);
}

void TestSession::cancelSignIn()
{
    SimFixture f;
    f.sim->setLatency(2000);
    QSignalSpy done(f.session.get(), &Session::signedIn);
    f.session->signIn(Simulator::rootUserName(), SecretValue(Simulator::rootPassword().toUtf8()),
                      false);
    QCOMPARE(f.session->state(), Session::State::SigningIn);
    f.session->cancelSignIn();
    QCOMPARE(f.session->state(), Session::State::SignedOut);
    QTest::qWait(2300);
    QCOMPARE(done.size(), 0);
    QCOMPARE(f.session->state(), Session::State::SignedOut);
}

void TestSession::keepSignedInStoresTheRefreshTokenAndResumes()
{
    SimFixture f;
    MemorySecretStore store;
    f.session->setSecretStore(&store);
    QSignalSpy done(f.session.get(), &Session::signedIn);
    f.session->signIn(Simulator::rootUserName(), SecretValue(Simulator::rootPassword().toUtf8()),
                      true);
    QTRY_COMPARE(done.size(), 1);
    const QString key = f.profile().keychainKey(Simulator::rootUserName());
    QTRY_VERIFY(store.contains(key));
    QCOMPARE(store.size(), 1);

    // A new start: another session object resumes silently from the store.
    Session second(f.transport.get());
    second.setSecretStore(&store);
    QSignalSpy resumed(&second, &Session::signedIn);
    f.sim->clearRequests();
    second.resume(Simulator::rootUserName());
    QTRY_COMPARE(resumed.size(), 1);
    QCOMPARE(second.user().email, Simulator::rootEmail());
    const QUrlQuery form(QString::fromUtf8(f.sim->requests().first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));

    // Sign-out forgets the entry.
    second.signOut();
    QTRY_VERIFY(!store.contains(key));
}

void TestSession::resumeWithNothingKeptFails()
{
    SimFixture f;
    MemorySecretStore store;
    f.session->setSecretStore(&store);
    QSignalSpy failed(f.session.get(), &Session::signInFailed);
    f.session->resume(QStringLiteral("nobody"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::SessionExpired);
    QCOMPARE(f.session->state(), Session::State::SignedOut);
    QCOMPARE(f.sim->requests().size(), 0);
}

void TestSession::endedSessionDropsTheKeptEntry()
{
    SimFixture f;
    MemorySecretStore store;
    f.session->setSecretStore(&store);
    QSignalSpy done(f.session.get(), &Session::signedIn);
    f.session->signIn(Simulator::rootUserName(), SecretValue(Simulator::rootPassword().toUtf8()),
                      true);
    QTRY_COMPARE(done.size(), 1);
    QTRY_COMPARE(store.size(), 1);
    f.sim->endSessions();
    QSignalSpy expired(f.session.get(), &Session::expired);
    f.session->renew();
    QTRY_COMPARE(expired.size(), 1);
    QTRY_COMPARE(store.size(), 0);
}

void TestSession::noKeychainIsNotFatal()
{
    SimFixture f;
    MemorySecretStore store;
    store.setUnavailable(true);
    f.session->setSecretStore(&store);
    QSignalSpy warning(f.session.get(), &Session::secretStoreWarning);
    QSignalSpy done(f.session.get(), &Session::signedIn);
    f.session->signIn(Simulator::rootUserName(), SecretValue(Simulator::rootPassword().toUtf8()),
                      true);
    QTRY_COMPARE(done.size(), 1);
    QTRY_COMPARE(warning.size(), 1);
    QCOMPARE(warning.first().first().value<ApiError>().kind(), ApiError::Kind::KeychainUnavailable);
    QVERIFY(f.session->isSignedIn());
}

void TestSession::callsWhileSignedOutEndAtOnce()
{
    // A wizard left open across a sign-out must not wait for ever.
    SimFixture f;
    Outcome<WorkspacePage> page;
    f.api->listWorkspaces({}, this, page.callback());
    QVERIFY(page.wait(1000));
    QCOMPARE(page.result->error().kind(), ApiError::Kind::SessionExpired);
    QCOMPARE(f.api->parkedCount(), 0);
    QCOMPARE(f.sim->requests().size(), 0);
}

void TestSession::aHugeLifetimeDoesNotStormRefreshes()
{
    SimFixture f;
    f.sim->setAccessTokenLifetime(4294998); // about 49 days: more milliseconds than an int
    QVERIFY(f.signIn());
    QCOMPARE(f.session->refreshInterval(), 24 * 3600 * 1000);
    QSignalSpy renewed(f.session.get(), &Session::renewed);
    QTest::qWait(1500);
    QCOMPARE(renewed.size(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
