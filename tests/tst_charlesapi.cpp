// Each call of the API client against the simulator: what is sent, what comes back, and how
// each kind of failing answer is reported.
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace charles;
using charles::sim::Fault;
using charles::sim::Simulator;

class TestCharlesApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_f.reset(); }

    void listSendsQueryAndBearer();
    void listSortsAsAsked();
    void getReturnsWhatTheServerHas();
    void getUnknownIsNotFound();
    void invalidIdIsNeverSent();
    void createSendsExactBodyAndReturnsTheValueOnce();
    void createTooLongNameIsAServerError();
    void revokeThenRevokeAgain();
    void regenerateGivesANewValue();
    void regenerateRevokedIsRefused();
    void workspacesAreAskedAtMost50();
    void currentUser();
    void faults_data();
    void faults();
    void droppedCreateIsNeverSentTwice();
    void oversizedAnswerIsCutOff();
    void abortedCallNeverCallsBack();
    void deadContextNeverCalledBack();

private:
    std::unique_ptr<SimFixture> m_f;
};

void TestCharlesApi::init()
{
    m_f = std::make_unique<SimFixture>();
    QVERIFY(m_f->signIn());
    m_f->sim->clearRequests();
}

void TestCharlesApi::listSendsQueryAndBearer()
{
    Outcome<TokenPage> page;
    TokenQuery query;
    query.name = QStringLiteral("a b&c");
    query.page = 2;
    query.size = 7;
    m_f->api->listTokens(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(page.result->ok());

    const auto requests = m_f->sim->requests();
    QCOMPARE(requests.size(), 1);
    const auto &r = requests.first();
    QCOMPARE(r.path, QStringLiteral("/gate/api/v1/system-token"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
             QStringLiteral("a b&c"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("size")), QStringLiteral("7"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded),
             QStringLiteral("created_at desc"));
    bool bearer = false;
    for (const auto &h : r.headers) {
        QVERIFY(h.first.toLower() != "x-charles-token");
        if (h.first.toLower() == "authorization")
            bearer = h.second.startsWith("Bearer ");
    }
    QVERIFY(bearer);
}

void TestCharlesApi::listSortsAsAsked()
{
    Outcome<TokenPage> page;
    TokenQuery query;
    query.sort = TokenSort::NameAscending;
    query.size = 50;
    m_f->api->listTokens(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(page.result->ok());
    const auto &items = page.result->value().items;
    QCOMPARE(items.size(), 50);
    for (int i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).name.toUpper() <= items.at(i).name.toUpper());
}

void TestCharlesApi::getReturnsWhatTheServerHas()
{
    const QString ws = m_f->sim->workspaceIds().first();
    const QString id =
        m_f->sim->addToken(QStringLiteral("one"), {QStringLiteral("circles_read")}, {ws}, false);
    Outcome<SystemToken> token;
    m_f->api->getToken(id, this, token.callback());
    QVERIFY(token.wait());
    QVERIFY(token.result->ok());
    QCOMPARE(token.result->value().id, id);
    QCOMPARE(token.result->value().name, QStringLiteral("one"));
    QCOMPARE(token.result->value().workspaces.size(), 1);
    QCOMPARE(token.result->value().workspaces.first().id, ws);
    QCOMPARE(token.result->value().workspaces.first().name, m_f->sim->workspaceName(ws));
    QVERIFY(token.result->value().permissions.contains(Permission::CirclesRead));
}

void TestCharlesApi::getUnknownIsNotFound()
{
    Outcome<SystemToken> token;
    m_f->api->getToken(QStringLiteral("00000000-0000-4000-8000-000000000000"), this,
                       token.callback());
    QVERIFY(token.wait());
    QCOMPARE(token.result->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(token.result->error().httpStatus(), 404);
}

void TestCharlesApi::invalidIdIsNeverSent()
{
    Outcome<Done> revoke;
    m_f->api->revokeToken(QStringLiteral("../../moove/v2/workspaces"), this, revoke.callback());
    QVERIFY(!revoke.result.has_value()); // never synchronously
    QVERIFY(revoke.wait());
    QCOMPARE(revoke.result->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(m_f->sim->requests().size(), 0);
}

void TestCharlesApi::createSendsExactBodyAndReturnsTheValueOnce()
{
    const QStringList ws = m_f->sim->workspaceIds().mid(0, 2);
    TokenDraft draft;
    draft.name = QString::fromUtf8("pipeline ção");
    draft.permissions = PermissionSet().withSubject(ScopeSubject::Deploy, true);
    draft.workspaceIds = {ws.at(0), ws.at(1), ws.at(0)};
    Outcome<CreatedToken> created;
    m_f->api->createToken(draft, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.result->ok());

    const auto requests = m_f->sim->requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(
        body,
        (QJsonObject {{QStringLiteral("name"), QString::fromUtf8("pipeline ção")},
                      {QStringLiteral("permissions"), QJsonArray {QStringLiteral("deploy_write")}},
                      {QStringLiteral("workspaces"), QJsonArray {ws.at(0), ws.at(1)}},
                      {QStringLiteral("allWorkspaces"), false}}));

    const CreatedToken &token = created.result->value();
    QCOMPARE(token.value.size(), 32);
    QVERIFY(QByteArray::fromHex(token.value.bytes()).size() == 16);
    QVERIFY(m_f->sim->isTokenValueValid(token.token.id, token.value.bytes()));
    QCOMPARE(token.token.author, Simulator::rootEmail());

    // Get never shows the value again.
    Outcome<SystemToken> again;
    m_f->api->getToken(token.token.id, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.result->ok());
    QCOMPARE(again.result->value().name, QString::fromUtf8("pipeline ção"));
}

void TestCharlesApi::createTooLongNameIsAServerError()
{
    TokenDraft draft;
    draft.name = QString::fromUtf8("é").repeated(65);
    draft.permissions = PermissionSet(Permission::DeployWrite);
    draft.allWorkspaces = true;
    Outcome<CreatedToken> created;
    m_f->api->createToken(draft, this, created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.result->error().kind(), ApiError::Kind::ServerError);
    QCOMPARE(created.result->error().httpStatus(), 500);
}

void TestCharlesApi::revokeThenRevokeAgain()
{
    const QString id =
        m_f->sim->addToken(QStringLiteral("r"), {QStringLiteral("deploy_write")}, {}, true);
    Outcome<Done> first;
    m_f->api->revokeToken(id, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.result->ok());

    Outcome<Done> second;
    m_f->api->revokeToken(id, this, second.callback());
    QVERIFY(second.wait());
    QCOMPARE(second.result->error().kind(), ApiError::Kind::Conflict);
    QCOMPARE(second.result->error().serverMessage(), QStringLiteral("Token already revoked."));
    QCOMPARE(second.result->error().userMessage(),
             QStringLiteral("This token was already revoked."));
}

void TestCharlesApi::regenerateGivesANewValue()
{
    TokenDraft draft;
    draft.name = QStringLiteral("regen");
    draft.permissions = PermissionSet(Permission::MaintenanceWrite);
    draft.allWorkspaces = true;
    Outcome<CreatedToken> created;
    m_f->api->createToken(draft, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.result->ok());
    const QString id = created.result->value().token.id;
    const QByteArray old = created.result->value().value.bytes();

    Outcome<SecretValue> regenerated;
    m_f->api->regenerateToken(id, this, regenerated.callback());
    QVERIFY(regenerated.wait());
    QVERIFY(regenerated.result->ok());
    QCOMPARE(regenerated.result->value().size(), 32);
    QVERIFY(!regenerated.result->value().equals(old));
    QVERIFY(m_f->sim->isTokenValueValid(id, regenerated.result->value().bytes()));
    QVERIFY(!m_f->sim->isTokenValueValid(id, old));
    const auto last = m_f->sim->requests().last();
    QCOMPARE(last.method, QByteArray("PUT"));
    QCOMPARE(last.path, QStringLiteral("/gate/api/v1/system-token/%1/regenerate").arg(id));
}

void TestCharlesApi::regenerateRevokedIsRefused()
{
    const QString id =
        m_f->sim->addToken(QStringLiteral("r"), {QStringLiteral("deploy_write")}, {}, true);
    QVERIFY(m_f->sim->revokeToken(id));
    Outcome<SecretValue> regenerated;
    m_f->api->regenerateToken(id, this, regenerated.callback());
    QVERIFY(regenerated.wait());
    QCOMPARE(regenerated.result->error().kind(), ApiError::Kind::Conflict);
    QCOMPARE(regenerated.result->error().userMessage(),
             QStringLiteral("A revoked token cannot be regenerated."));
}

void TestCharlesApi::workspacesAreAskedAtMost50()
{
    Outcome<WorkspacePage> page;
    WorkspaceQuery query;
    query.size = 500;
    m_f->api->listWorkspaces(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(page.result->ok());
    QCOMPARE(m_f->sim->requests().first().query.queryItemValue(QStringLiteral("size")),
             QStringLiteral("50"));
    QVERIFY(!page.result->value().items.isEmpty());
}

void TestCharlesApi::currentUser()
{
    Outcome<UserProfile> user;
    m_f->api->currentUser(this, user.callback());
    QVERIFY(user.wait());
    QVERIFY(user.result->ok());
    QCOMPARE(user.result->value().email, Simulator::rootEmail());
    QVERIFY(user.result->value().isRoot);
}

void TestCharlesApi::faults_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");

    const int respond = int(Fault::Action::Respond);
    QTest::newRow("gate 500") << respond << 500 << QByteArray("application/json")
                              << QByteArray(
                                     R"({"id":"i","message":"boom","type":"","timestamp":"1"})")
                              << ApiError::Kind::ServerError;
    QTest::newRow("html 502") << respond << 502 << QByteArray("text/html")
                              << QByteArray("<html><title>502 Bad Gateway</title></html>")
                              << ApiError::Kind::ServerError;
    QTest::newRow("html 503") << respond << 503 << QByteArray("text/html")
                              << QByteArray("<html><body>Service Unavailable</body></html>")
                              << ApiError::Kind::ServerError;
    QTest::newRow("html 504") << respond << 504 << QByteArray("text/html")
                              << QByteArray("<html><body>Gateway Timeout</body></html>")
                              << ApiError::Kind::ServerError;
    QTest::newRow("plain 403") << respond << 403 << QByteArray("text/plain")
                               << QByteArray("Forbidden") << ApiError::Kind::Forbidden;
    QTest::newRow("empty 200") << respond << 200 << QByteArray("application/json") << QByteArray()
                               << ApiError::Kind::UnexpectedResponse;
    QTest::newRow("truncated json")
        << respond << 200 << QByteArray("application/json")
        << QByteArray(R"({"content":[{"id":"a")") << ApiError::Kind::UnexpectedResponse;
    QTest::newRow("wrong shape") << respond << 200 << QByteArray("application/json")
                                 << QByteArray(R"({"content":"nope"})")
                                 << ApiError::Kind::UnexpectedResponse;
    QTest::newRow("wrong types") << respond << 200 << QByteArray("application/json")
                                 << QByteArray(R"({"content":[{"id":7,"name":"x"}]})")
                                 << ApiError::Kind::UnexpectedResponse;
    QTest::newRow("dropped") << int(Fault::Action::Drop) << 0 << QByteArray() << QByteArray()
                             << ApiError::Kind::ConnectionLost;
    QTest::newRow("truncated body")
        << int(Fault::Action::Truncate) << 200 << QByteArray("application/json")
        << QByteArray(R"({"content":[)") << ApiError::Kind::ConnectionLost;
    QTest::newRow("no answer") << int(Fault::Action::NoAnswer) << 0 << QByteArray() << QByteArray()
                               << ApiError::Kind::Timeout;
}

void TestCharlesApi::faults()
{
    QFETCH(int, action);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);

    m_f->transport->setTransferTimeout(500);
    Fault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.action = Fault::Action(action);
    fault.status = status;
    fault.contentType = contentType;
    fault.body = body;
    m_f->sim->addFault(fault);

    Outcome<TokenPage> page;
    m_f->api->listTokens({}, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(!page.result->ok());
    QCOMPARE(page.result->error().kind(), kind);
    QVERIFY(!page.result->error().userMessage().isEmpty());
    // Qt itself may send a GET again once when a reused connection drops; never more.
    QVERIFY(m_f->sim->requestCount("GET", QStringLiteral("^/gate/")) <= 2);

    // The next call works: nothing stays broken.
    m_f->sim->clearFaults();
    Outcome<TokenPage> again;
    m_f->api->listTokens({}, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.result->ok());
}

void TestCharlesApi::droppedCreateIsNeverSentTwice()
{
    // Qt re-sends a request whose reused connection dropped before any answer; a create must
    // not be (a second token nobody would see).
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.action = Fault::Action::Drop;
    m_f->sim->addFault(fault);
    TokenDraft draft;
    draft.name = QStringLiteral("once");
    draft.permissions = PermissionSet(Permission::DeployWrite);
    draft.allWorkspaces = true;
    Outcome<CreatedToken> created;
    m_f->api->createToken(draft, this, created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.result->error().kind(), ApiError::Kind::ConnectionLost);
    QVERIFY(created.result->error().outcomeUnknown());
    QCOMPARE(m_f->sim->requestCount("POST", QStringLiteral("^/gate/api/v1/system-token$")), 1);
}

void TestCharlesApi::oversizedAnswerIsCutOff()
{
    m_f->transport->setMaxBodySize(1024);
    Fault fault;
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.status = 200;
    fault.body = QByteArray(R"({"content":[],"padding":")") + QByteArray(64 * 1024, 'x') + "\"}";
    fault.times = 1;
    m_f->sim->addFault(fault);
    Outcome<TokenPage> page;
    m_f->api->listTokens({}, this, page.callback());
    QVERIFY(page.wait());
    QCOMPARE(page.result->error().kind(), ApiError::Kind::UnexpectedResponse);
    QVERIFY(page.result->error().detail().contains(QStringLiteral("larger")));
}

void TestCharlesApi::abortedCallNeverCallsBack()
{
    m_f->sim->setLatency(300);
    Outcome<TokenPage> page;
    QPointer<PendingCall> call = m_f->api->listTokens({}, this, page.callback());
    QVERIFY(call);
    call->abort();
    QTest::qWait(600);
    QVERIFY(!page.result.has_value());
    QVERIFY(!call);
}

void TestCharlesApi::deadContextNeverCalledBack()
{
    m_f->sim->setLatency(200);
    bool called = false;
    {
        QObject context;
        m_f->api->listTokens({}, &context, [&](Result<TokenPage>) { called = true; });
    }
    QTest::qWait(500);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestCharlesApi)
#include "tst_charlesapi.moc"
