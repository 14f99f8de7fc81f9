// Tests of the local Charles simulator, driven over HTTP like a client would.
// Each contract point of docs/charles-api.md gets its own test or data row.

#include "sim/simulator.h"
#include "sim/simusers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using charles::sim::Fault;
using charles::sim::RecordedRequest;
using charles::sim::SeedOptions;
using charles::sim::Simulator;
using charles::sim::SimUsers;

namespace {

const QString TokenPath = u"/gate/api/v1/system-token"_s;
const QString TokenEndpoint = u"/keycloak/auth/realms/charlescd/protocol/openid-connect/token"_s;
const QString LogoutEndpoint = u"/keycloak/auth/realms/charlescd/protocol/openid-connect/logout"_s;

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error_() const { return json().value(u"error"_s).toString(); }
    QString description() const { return json().value(u"error_description"_s).toString(); }
    QString message() const { return json().value(u"message"_s).toString(); }
};

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

QByteArray passwordForm(const QString &user, const QString &password,
                        const QString &clientId = u"charlescd-client"_s)
{
    return formEncode({{u"grant_type"_s, u"password"_s},
                       {u"client_id"_s, clientId},
                       {u"username"_s, user},
                       {u"password"_s, password}});
}

QByteArray refreshForm(const QString &refreshToken)
{
    return formEncode({{u"grant_type"_s, u"refresh_token"_s},
                       {u"client_id"_s, u"charlescd-client"_s},
                       {u"refresh_token"_s, refreshToken}});
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

QString base64Email(const QString &email)
{
    return QString::fromLatin1(email.toUtf8().toBase64());
}

QStringList names(const QJsonArray &tokens)
{
    QStringList result;
    for (const QJsonValue &token : tokens)
        result.append(token.toObject().value(u"name"_s).toString());
    return result;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isRfc3339(const QString &text)
{
    static const QRegularExpression timestamp(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)$"_s);
    return timestamp.match(text).hasMatch();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    void start(const SeedOptions &seed = {});
    QUrl url(const QString &pathAndQuery) const;
    Answer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const Headers &headers = {}, int transferTimeoutMs = 0);
    Answer login(const QString &user, const QString &password);
    QString accessToken(const QString &user = SimUsers::rootUserName(),
                        const QString &password = SimUsers::rootPassword());
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QString &token = {});
    Answer createToken(const QJsonObject &draft, const QString &token = {});
    QJsonObject draft(const QString &name, const QStringList &permissions = {u"deploy_write"_s},
                      bool allWorkspaces = true) const;
    static void verifyGateError(const Answer &answer, int status, const QString &message,
                                const QString &type);

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_rootToken;

private Q_SLOTS:
    void cleanup();

    // Keycloak
    void loginWithPassword_data();
    void loginWithPassword();
    void loginIssuesUniqueTokens();
    void loginErrors_data();
    void loginErrors();
    void loginDecodesFormEncodedPassword();
    void refreshIssuesNewTokens();
    void refreshFailsAfterRefreshLifetime();
    void refreshFailsAfterSessionsEnd();
    void logoutEndsSession();
    void unknownRealmIs404();

    // proxy
    void proxyRejectsBothTokenHeaders();
    void proxyDropsNonBearerAuthorization_data();
    void proxyDropsNonBearerAuthorization();
    void proxyRejectsInvalidAccessToken_data();
    void proxyRejectsInvalidAccessToken();
    void proxyForbidsTokensToNonRoot_data();
    void proxyForbidsTokensToNonRoot();

    // gate: list
    void listEmptyPageHasNullContent();
    void listSizeIsItemCountOnPage();
    void listTotalsIgnoreNameFilter();
    void listNameFilterIsSqlLike_data();
    void listNameFilterIsSqlLike();
    void listQueryReadsPlusAsSpace();
    void listSorts_data();
    void listSorts();
    void listUnknownSortIs500();
    void listDefaultPageSizeIs20();
    void listNeverShowsRevoked();

    // gate: get, create, revoke, regenerate
    void getReturnsTokenWithoutValue();
    void getErrors_data();
    void getErrors();
    void getReturnsRevokedToken();
    void createReturns201WithValue();
    void createForAllWorkspacesStoresNullWorkspaces();
    void createCountsNameInCodePoints();
    void createValidation_data();
    void createValidation();
    void createWithoutCharlesUserIs422();
    void revoke();
    void regenerate();

    // moove
    void workspacePaging_data();
    void workspacePaging();
    void workspacesOfPlainUser();
    void userLookupByBase64_data();
    void userLookupByBase64();
    void systemTokenUseMarksLastUsed();

    // faults, latency, recording
    void faultRespond();
    void faultTimesAndRemoval();
    void faultMethodFilter();
    void faultDrop();
    void faultNoAnswer();
    void faultTruncate();
    void faultDelay();
    void latencyDelaysWithoutBlocking();
    void recordsEveryRequest();
    void destroyingWithPendingAnswersIsSafe();

    // seed, data knobs, logging
    void seedIsDeterministic();
    void seededDataIsVaried();
    void seedScales();
    void addAndRevokeTokenDirectly();
    void logsNeverHoldSecrets();
};

// ---------------------------------------------------------------- helpers

void TestSimulator::start(const SeedOptions &seed)
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_sim = std::make_unique<Simulator>(seed);
    QVERIFY(m_sim->listen() != 0);
    QCOMPARE(m_sim->baseUrl().host(), u"127.0.0.1"_s);
    m_rootToken.clear();
}

void TestSimulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
    m_rootToken.clear();
}

QUrl TestSimulator::url(const QString &pathAndQuery) const
{
    return QUrl(m_sim->baseUrl().toString() + pathAndQuery);
}

Answer TestSimulator::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const Headers &headers, int transferTimeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    // QSignalSpy::wait wakes on the signal; QTest::qWaitFor would poll in 10 ms steps.
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(15000);
    answer.elapsedMs = timer.elapsed();
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    if (reply->isOpen())
        answer.body = reply->readAll();
    return answer;
}

Answer TestSimulator::login(const QString &user, const QString &password)
{
    return send("POST", TokenEndpoint, passwordForm(user, password),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString TestSimulator::accessToken(const QString &user, const QString &password)
{
    const Answer answer = login(user, password);
    return answer.json().value(u"access_token"_s).toString();
}

Answer TestSimulator::call(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const QString &token)
{
    QString bearer = token;
    if (bearer.isEmpty()) {
        if (m_rootToken.isEmpty())
            m_rootToken = accessToken();
        bearer = m_rootToken;
    }
    Headers headers {{"Authorization", "Bearer " + bearer.toLatin1()}};
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    return send(method, pathAndQuery, body, headers);
}

Answer TestSimulator::createToken(const QJsonObject &draft, const QString &token)
{
    return call("POST", TokenPath, QJsonDocument(draft).toJson(QJsonDocument::Compact), token);
}

QJsonObject TestSimulator::draft(const QString &name, const QStringList &permissions,
                                 bool allWorkspaces) const
{
    QJsonArray workspaces;
    if (!allWorkspaces)
        workspaces.append(m_sim->workspaceIds().constFirst());
    return {{u"name"_s, name},
            {u"permissions"_s, QJsonArray::fromStringList(permissions)},
            {u"workspaces"_s, workspaces},
            {u"allWorkspaces"_s, allWorkspaces}};
}

void TestSimulator::verifyGateError(const Answer &answer, int status, const QString &message,
                                    const QString &type)
{
    QCOMPARE(answer.status, status);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(u"message"_s).toString(), message);
    QCOMPARE(json.value(u"type"_s).toString(), type);
    QVERIFY(isUuid(json.value(u"id"_s).toString()));
    QVERIFY(json.value(u"detail"_s).isString());
    // gate sends Unix seconds as a string.
    const QJsonValue timestamp = json.value(u"timestamp"_s);
    QVERIFY(timestamp.isString());
    const qint64 seconds = timestamp.toString().toLongLong();
    QVERIFY(qAbs(seconds - QDateTime::currentSecsSinceEpoch()) < 60);
}

// ---------------------------------------------------------------- Keycloak

void TestSimulator::loginWithPassword_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("userName");

    QTest::newRow("root by user name")
        << SimUsers::rootUserName() << SimUsers::rootEmail() << u"Ada Admin"_s << u"admin"_s;
    QTest::newRow("root by e-mail")
        << SimUsers::rootEmail() << SimUsers::rootEmail() << u"Ada Admin"_s << u"admin"_s;
    QTest::newRow("plain by user name")
        << SimUsers::plainUserName() << SimUsers::plainEmail() << u"Dev Eloper"_s << u"dev"_s;
    QTest::newRow("plain by upper-case e-mail")
        << SimUsers::plainEmail().toUpper() << SimUsers::plainEmail() << u"Dev Eloper"_s
        << u"dev"_s;
}

void TestSimulator::loginWithPassword()
{
    QFETCH(QString, user);
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(QString, userName);
    start({3, 0, 1});

    const Answer answer = login(user, SimUsers::rootPassword());
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject json = answer.json();
    const QStringList keys {u"access_token"_s,  u"expires_in"_s, u"refresh_expires_in"_s,
                            u"refresh_token"_s, u"token_type"_s, u"not-before-policy"_s,
                            u"session_state"_s, u"scope"_s};
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(json.keys(), sortedKeys);
    QCOMPARE(json.value(u"expires_in"_s).toInt(), 300);
    QCOMPARE(json.value(u"refresh_expires_in"_s).toInt(), 1800);
    QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(json.value(u"not-before-policy"_s).toInt(-1), 0);
    QCOMPARE(json.value(u"scope"_s).toString(), u"email profile"_s);
    QVERIFY(isUuid(json.value(u"session_state"_s).toString()));

    const QJsonObject payload = jwtPayload(json.value(u"access_token"_s).toString());
    QCOMPARE(payload.value(u"email"_s).toString(), email);
    QCOMPARE(payload.value(u"name"_s).toString(), name);
    QCOMPARE(payload.value(u"preferred_username"_s).toString(), userName);
    QVERIFY(!payload.value(u"sub"_s).toString().isEmpty());
    const qint64 iat = payload.value(u"iat"_s).toInteger();
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(payload.value(u"exp"_s).toInteger(), iat + 300);
    QVERIFY(!jwtPayload(json.value(u"refresh_token"_s).toString()).isEmpty());
}

void TestSimulator::loginIssuesUniqueTokens()
{
    start({3, 0, 1});
    const QJsonObject first = login(u"admin"_s, u"charles-demo"_s).json();
    const QJsonObject second = login(u"admin"_s, u"charles-demo"_s).json();
    QVERIFY(!first.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(first.value(u"access_token"_s) != second.value(u"access_token"_s));
    QVERIFY(first.value(u"refresh_token"_s) != second.value(u"refresh_token"_s));
    QVERIFY(first.value(u"session_state"_s) != second.value(u"session_state"_s));
}

void TestSimulator::loginErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("passwordGrantEnabled");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");

    QTest::newRow("wrong password") << passwordForm(u"admin"_s, u"nope"_s) << true << 401
                                    << u"invalid_grant"_s << u"Invalid user credentials"_s;
    QTest::newRow("unknown user") << passwordForm(u"nobody"_s, u"charles-demo"_s) << true << 401
                                  << u"invalid_grant"_s << u"Invalid user credentials"_s;
    QTest::newRow("unknown client")
        << passwordForm(u"admin"_s, u"charles-demo"_s, u"other-client"_s) << true << 400
        << u"invalid_client"_s << u"Invalid client credentials"_s;
    QTest::newRow("password grant disabled")
        << passwordForm(u"admin"_s, u"charles-demo"_s) << false << 400 << u"unauthorized_client"_s
        << u"Client not allowed for direct access grants"_s;
    QTest::newRow("unknown grant type")
        << "grant_type=magic&client_id=charlescd-client"_ba << true << 400
        << u"unsupported_grant_type"_s << u"Unsupported grant_type"_s;
    QTest::newRow("no grant type")
        << "client_id=charlescd-client"_ba << true << 400 << u"invalid_request"_s
        << u"Missing form parameter: grant_type"_s;
    QTest::newRow("unknown refresh token") << refreshForm(u"not.a.token"_s) << true << 400
                                           << u"invalid_grant"_s << u"Invalid refresh token"_s;
}

void TestSimulator::loginErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, passwordGrantEnabled);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);
    start({3, 0, 1});
    m_sim->setPasswordGrantEnabled(passwordGrantEnabled);

    const Answer answer =
        send("POST", TokenEndpoint, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, status);
    QVERIFY(answer.contentType.startsWith("application/json"));
    QCOMPARE(answer.error_(), error);
    QCOMPARE(answer.description(), description);
}

void TestSimulator::loginDecodesFormEncodedPassword()
{
    start({3, 0, 1});
    const QString password = u"p&ss+w%rd é=ü"_s;
    QVERIFY(m_sim->setPassword(u"dev"_s, password));
    QVERIFY(!m_sim->setPassword(u"nobody"_s, password));

    QCOMPARE(login(u"dev"_s, password).status, 200);
    QCOMPARE(login(u"dev"_s, SimUsers::plainPassword()).status, 401);

    // A raw '+' is a space in a form: a client that forgets to encode it fails.
    QByteArray raw = "grant_type=password&client_id=charlescd-client&username=dev&password=";
    raw += QUrl::toPercentEncoding(password).replace("%2B", "+");
    const Answer unencodedPlus =
        send("POST", TokenEndpoint, raw, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(unencodedPlus.status, 401);

    // And a '+' that stands for a space is read as one.
    QVERIFY(m_sim->setPassword(u"dev"_s, u"two words"_s));
    const Answer plusAsSpace =
        send("POST", TokenEndpoint,
             "grant_type=password&client_id=charlescd-client&username=dev&password=two+words",
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(plusAsSpace.status, 200);
}

void TestSimulator::refreshIssuesNewTokens()
{
    start({3, 0, 1});
    const QJsonObject first = login(u"admin"_s, u"charles-demo"_s).json();
    const Answer refreshed =
        send("POST", TokenEndpoint, refreshForm(first.value(u"refresh_token"_s).toString()),
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(refreshed.status, 200);
    const QJsonObject second = refreshed.json();
    QVERIFY(second.value(u"access_token"_s) != first.value(u"access_token"_s));
    QCOMPARE(second.value(u"session_state"_s), first.value(u"session_state"_s));
    QCOMPARE(jwtPayload(second.value(u"access_token"_s).toString()).value(u"email"_s).toString(),
             SimUsers::rootEmail());

    const Answer list = call("GET", TokenPath, {}, second.value(u"access_token"_s).toString());
    QCOMPARE(list.status, 200);
}

void TestSimulator::refreshFailsAfterRefreshLifetime()
{
    start({3, 0, 1});
    m_sim->setRefreshTokenLifetime(0);
    const QJsonObject tokens = login(u"admin"_s, u"charles-demo"_s).json();
    QCOMPARE(tokens.value(u"refresh_expires_in"_s).toInt(-1), 0);
    const Answer answer =
        send("POST", TokenEndpoint, refreshForm(tokens.value(u"refresh_token"_s).toString()),
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error_(), u"invalid_grant"_s);
    QCOMPARE(answer.description(), u"Token is not active"_s);
}

void TestSimulator::refreshFailsAfterSessionsEnd()
{
    start({3, 0, 1});
    const QJsonObject tokens = login(u"admin"_s, u"charles-demo"_s).json();
    m_sim->endSessions();
    const Answer answer =
        send("POST", TokenEndpoint, refreshForm(tokens.value(u"refresh_token"_s).toString()),
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error_(), u"invalid_grant"_s);
    QCOMPARE(answer.description(), u"Session not active"_s);

    // A new login opens a new session.
    QCOMPARE(login(u"admin"_s, u"charles-demo"_s).status, 200);
}

void TestSimulator::logoutEndsSession()
{
    start({3, 0, 1});
    const QJsonObject tokens = login(u"admin"_s, u"charles-demo"_s).json();
    const QString refreshToken = tokens.value(u"refresh_token"_s).toString();
    const QByteArray form =
        formEncode({{u"client_id"_s, u"charlescd-client"_s}, {u"refresh_token"_s, refreshToken}});
    const Answer logout =
        send("POST", LogoutEndpoint, form, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());

    const Answer refresh = send("POST", TokenEndpoint, refreshForm(refreshToken),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.description(), u"Session not active"_s);
}

void TestSimulator::unknownRealmIs404()
{
    start({3, 0, 1});
    const Answer answer =
        send("POST", u"/keycloak/auth/realms/other/protocol/openid-connect/token"_s,
             passwordForm(u"admin"_s, u"charles-demo"_s),
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, 404);
    // Newer Keycloak paths (no /auth) are not served by this installation.
    QCOMPARE(send("POST", u"/keycloak/realms/charlescd/protocol/openid-connect/token"_s,
                  passwordForm(u"admin"_s, u"charles-demo"_s),
                  {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             404);
}

// ---------------------------------------------------------------- proxy

void TestSimulator::proxyRejectsBothTokenHeaders()
{
    start({3, 0, 1});
    const QString token = accessToken();
    const Answer answer = send("GET", TokenPath, {},
                               {{"Authorization", "Bearer " + token.toLatin1()},
                                {"X-Charles-Token", "0123456789abcdef0123456789abcdef"}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.contentType.startsWith("text/plain"));
    QVERIFY(!answer.body.isEmpty());
    QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
}

void TestSimulator::proxyDropsNonBearerAuthorization_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("lower-case bearer") << "bearer "_ba;
    QTest::newRow("no space") << "Bearer"_ba;
    QTest::newRow("basic") << "Basic "_ba;
}

void TestSimulator::proxyDropsNonBearerAuthorization()
{
    QFETCH(QByteArray, prefix);
    start({3, 0, 1});
    const QString token = accessToken();
    const Answer answer =
        send("GET", TokenPath, {}, {{"Authorization", prefix + token.toLatin1()}});
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.status, 0);
}

void TestSimulator::proxyRejectsInvalidAccessToken_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("no Authorization") << u"none"_s;
    QTest::newRow("unknown token") << u"unknown"_s;
    QTest::newRow("expired by lifetime") << u"lifetime"_s;
    QTest::newRow("expireAccessTokens()") << u"expire"_s;
}

void TestSimulator::proxyRejectsInvalidAccessToken()
{
    QFETCH(QString, how);
    start({3, 0, 1});
    Headers headers;
    if (how == u"unknown") {
        headers.emplaceBack("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln");
    } else if (how == u"lifetime") {
        m_sim->setAccessTokenLifetime(0);
        const QJsonObject tokens = login(u"admin"_s, u"charles-demo"_s).json();
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(-1), 0);
        headers.emplaceBack("Authorization",
                            "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1());
    } else if (how == u"expire") {
        const QString token = accessToken();
        QCOMPARE(call("GET", TokenPath, {}, token).status, 200);
        m_sim->expireAccessTokens();
        headers.emplaceBack("Authorization", "Bearer " + token.toLatin1());
    }

    for (const QString &path : {TokenPath, u"/moove/v2/workspaces"_s}) {
        const Answer answer = send("GET", path, {}, headers);
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.contentType.startsWith("application/json"));
        QCOMPARE(answer.error_(), u"invalid_token"_s);
        QCOMPARE(answer.description(), u"Token verification failed"_s);
    }
    // A token issued afterwards works.
    m_sim->setAccessTokenLifetime(300);
    QCOMPARE(call("GET", TokenPath, {}, accessToken()).status, 200);
}

void TestSimulator::proxyForbidsTokensToNonRoot_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << "GET"_ba << TokenPath;
    QTest::newRow("get") << "GET"_ba << TokenPath + u"/5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60"_s;
    QTest::newRow("create") << "POST"_ba << TokenPath;
    QTest::newRow("revoke") << "POST"_ba
                            << TokenPath + u"/5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60/revoke"_s;
}

void TestSimulator::proxyForbidsTokensToNonRoot()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    start({5, 3, 1});
    const QString token = accessToken(SimUsers::plainUserName(), SimUsers::plainPassword());
    QVERIFY(!token.isEmpty());

    const Answer answer = call(method, path, method == "POST" ? "{}"_ba : QByteArray(), token);
    QCOMPARE(answer.status, 403);
    QVERIFY(answer.contentType.startsWith("text/plain"));
    QCOMPARE(answer.body, "Forbidden"_ba);

    // The same user may read moove.
    QCOMPARE(call("GET", u"/moove/v2/workspaces"_s, {}, token).status, 200);
}

// ---------------------------------------------------------------- gate: list

void TestSimulator::listEmptyPageHasNullContent()
{
    start({3, 0, 1});
    const Answer answer = call("GET", TokenPath);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QVERIFY(json.value(u"content"_s).isNull());
    QCOMPARE(json.value(u"size"_s).toInt(-1), 0);
    QCOMPARE(json.value(u"page"_s).toInt(-1), 0);
    QCOMPARE(json.value(u"totalPages"_s).toInt(), 1);
    QCOMPARE(json.value(u"last"_s).toBool(), true);
}

void TestSimulator::listSizeIsItemCountOnPage()
{
    start({3, 0, 1});
    for (int i = 0; i < 25; ++i)
        m_sim->addToken(u"token %1"_s.arg(i), {u"deploy_write"_s}, {}, true);

    const QJsonObject first = call("GET", TokenPath + u"?page=0&size=10"_s).json();
    QCOMPARE(first.value(u"content"_s).toArray().size(), 10);
    QCOMPARE(first.value(u"size"_s).toInt(), 10);
    QCOMPARE(first.value(u"totalPages"_s).toInt(), 3);
    QCOMPARE(first.value(u"last"_s).toBool(), false);

    const QJsonObject last = call("GET", TokenPath + u"?page=2&size=10"_s).json();
    QCOMPARE(last.value(u"content"_s).toArray().size(), 5);
    QCOMPARE(last.value(u"size"_s).toInt(), 5);
    QCOMPARE(last.value(u"page"_s).toInt(), 2);
    QCOMPARE(last.value(u"last"_s).toBool(), true);

    const QJsonObject beyond = call("GET", TokenPath + u"?page=3&size=10"_s).json();
    QVERIFY(beyond.value(u"content"_s).isNull());
    QCOMPARE(beyond.value(u"size"_s).toInt(-1), 0);
    QCOMPARE(beyond.value(u"last"_s).toBool(), true);
}

void TestSimulator::listTotalsIgnoreNameFilter()
{
    start({3, 0, 1});
    for (int i = 0; i < 20; ++i)
        m_sim->addToken(u"other %1"_s.arg(i), {u"deploy_write"_s}, {}, true);
    for (int i = 0; i < 5; ++i)
        m_sim->addToken(u"alpha %1"_s.arg(i), {u"deploy_write"_s}, {}, true);

    const QJsonObject first = call("GET", TokenPath + u"?name=alpha&page=0&size=10"_s).json();
    QCOMPARE(first.value(u"content"_s).toArray().size(), 5);
    QCOMPARE(first.value(u"size"_s).toInt(), 5);
    QCOMPARE(first.value(u"totalPages"_s).toInt(), 3);
    QCOMPARE(first.value(u"last"_s).toBool(), false);

    // A short page, then an empty one, while `last` still says false.
    const QJsonObject second = call("GET", TokenPath + u"?name=alpha&page=1&size=10"_s).json();
    QVERIFY(second.value(u"content"_s).isNull());
    QCOMPARE(second.value(u"size"_s).toInt(-1), 0);
    QCOMPARE(second.value(u"last"_s).toBool(), false);
    QCOMPARE(second.value(u"totalPages"_s).toInt(), 3);
}

void TestSimulator::listNameFilterIsSqlLike_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("underscore is any one character")
        << u"a_b"_s << QStringList {u"a_b"_s, u"axb"_s, u"a%b"_s};
    QTest::newRow("percent is any run")
        << u"a%b"_s << QStringList {u"a_b"_s, u"axb"_s, u"a%b"_s, u"ab"_s};
    QTest::newRow("escaped underscore") << u"a\\_b"_s << QStringList {u"a_b"_s};
    QTest::newRow("case-insensitive") << u"AXB"_s << QStringList {u"axb"_s};
    QTest::newRow("accents upper-cased")
        << u"COBRANÇA"_s << QStringList {u"pipeline-deploy-cobrança"_s};
    QTest::newRow("emoji is one character") << u"x_y"_s << QStringList {u"x🚀y"_s};
    QTest::newRow("everything") << u"%"_s << QStringList {u"a_b"_s,
                                                          u"axb"_s,
                                                          u"a%b"_s,
                                                          u"ab"_s,
                                                          u"pipeline-deploy-cobrança"_s,
                                                          u"x🚀y"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList();
}

void TestSimulator::listNameFilterIsSqlLike()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    start({3, 0, 1});
    const QStringList all {u"a_b"_s, u"axb"_s, u"a%b"_s, u"ab"_s, u"pipeline-deploy-cobrança"_s,
                           u"x🚀y"_s};
    for (const QString &name : all)
        m_sim->addToken(name, {u"deploy_write"_s}, {}, true);

    const QString query = QString::fromLatin1(QUrl::toPercentEncoding(filter));
    const QJsonObject json = call("GET", TokenPath + u"?size=50&name="_s + query).json();
    QStringList found = names(json.value(u"content"_s).toArray());
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QCOMPARE(json.value(u"content"_s).isNull(), expected.isEmpty());
}

void TestSimulator::listQueryReadsPlusAsSpace()
{
    start({3, 0, 1});
    m_sim->addToken(u"a b"_s, {u"deploy_write"_s}, {}, true);
    m_sim->addToken(u"a+b"_s, {u"deploy_write"_s}, {}, true);

    // Go reads a raw '+' in a query as a space; only %2B is a plus.
    const QJsonObject raw = call("GET", TokenPath + u"?name=a+b"_s).json();
    QCOMPARE(names(raw.value(u"content"_s).toArray()), QStringList {u"a b"_s});
    const QJsonObject encoded = call("GET", TokenPath + u"?name=a%2Bb"_s).json();
    QCOMPARE(names(encoded.value(u"content"_s).toArray()), QStringList {u"a+b"_s});
}

void TestSimulator::listSorts_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    // Created in the order bravo, alpha, Charlie; used: alpha, then Charlie.
    QTest::newRow("default") << QString() << QStringList {u"Charlie"_s, u"alpha"_s, u"bravo"_s};
    QTest::newRow("created_at desc")
        << u"created_at desc"_s << QStringList {u"Charlie"_s, u"alpha"_s, u"bravo"_s};
    QTest::newRow("created_at asc")
        << u"created_at asc"_s << QStringList {u"bravo"_s, u"alpha"_s, u"Charlie"_s};
    QTest::newRow("name asc") << u"name asc"_s
                              << QStringList {u"alpha"_s, u"bravo"_s, u"Charlie"_s};
    QTest::newRow("name desc") << u"name desc"_s
                               << QStringList {u"Charlie"_s, u"bravo"_s, u"alpha"_s};
    // PostgreSQL's order: NULL above every value, so never used first with DESC.
    QTest::newRow("last_used_at desc, never used first")
        << u"last_used_at desc"_s << QStringList {u"bravo"_s, u"Charlie"_s, u"alpha"_s};
}

void TestSimulator::listSorts()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    start({3, 0, 1});

    QHash<QString, QByteArray> values;
    for (const QString &name : {u"bravo"_s, u"alpha"_s, u"Charlie"_s}) {
        const Answer created = createToken(draft(name));
        QCOMPARE(created.status, 201);
        values.insert(name, created.json().value(u"token"_s).toString().toLatin1());
    }
    for (const QString &name : {u"alpha"_s, u"Charlie"_s}) {
        const Answer used =
            send("GET", u"/moove/v2/workspaces"_s, {}, {{"X-Charles-Token", values.value(name)}});
        QCOMPARE(used.status, 200);
    }

    QString path = TokenPath;
    if (!sort.isEmpty())
        path += u"?sort="_s + QString::fromLatin1(QUrl::toPercentEncoding(sort));
    const Answer answer = call("GET", path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(names(answer.json().value(u"content"_s).toArray()), expected);
}

void TestSimulator::listUnknownSortIs500()
{
    start({3, 2, 1});
    const Answer answer = call("GET", TokenPath + u"?sort=name%3B%20drop%20table"_s);
    verifyGateError(answer, 500, u"Find all tokens failed"_s, u"InternalError"_s);
}

void TestSimulator::listDefaultPageSizeIs20()
{
    start({5, 30, 7});
    const QJsonObject json = call("GET", TokenPath).json();
    QCOMPARE(json.value(u"content"_s).toArray().size(), 20);
    QCOMPARE(json.value(u"size"_s).toInt(), 20);
    const int active = m_sim->activeTokenCount();
    QCOMPARE(json.value(u"totalPages"_s).toInt(), (active + 19) / 20);
}

void TestSimulator::listNeverShowsRevoked()
{
    start({3, 0, 1});
    const QString kept = m_sim->addToken(u"kept"_s, {u"deploy_write"_s}, {}, true);
    const QString byApi = m_sim->addToken(u"revoked by api"_s, {u"deploy_write"_s}, {}, true);
    const QString byOther =
        m_sim->addToken(u"revoked by another admin"_s, {u"deploy_write"_s}, {}, true);
    QCOMPARE(call("POST", TokenPath + u'/' + byApi + u"/revoke"_s).status, 204);
    QVERIFY(m_sim->revokeToken(byOther));
    QCOMPARE(m_sim->activeTokenCount(), 1);

    const QJsonObject json = call("GET", TokenPath + u"?name=%25"_s).json();
    const QJsonArray content = json.value(u"content"_s).toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.at(0).toObject().value(u"id"_s).toString(), kept);
    QCOMPARE(json.value(u"totalPages"_s).toInt(), 1);
}

// ---------------------------------------------------------------- gate: items

void TestSimulator::getReturnsTokenWithoutValue()
{
    start({3, 0, 1});
    const QString workspace = m_sim->workspaceIds().constFirst();
    const QString id = m_sim->addToken(u"pipeline-deploy"_s, {u"deploy_write"_s, u"modules_read"_s},
                                       {workspace}, false);
    const Answer answer = call("GET", TokenPath + u'/' + id);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(u"id"_s).toString(), id);
    QCOMPARE(json.value(u"name"_s).toString(), u"pipeline-deploy"_s);
    QCOMPARE(json.value(u"permissions"_s).toArray(),
             (QJsonArray {u"deploy_write"_s, u"modules_read"_s}));
    const QJsonArray workspaces = json.value(u"workspaces"_s).toArray();
    QCOMPARE(workspaces.size(), 1);
    QCOMPARE(workspaces.at(0).toObject().value(u"id"_s).toString(), workspace);
    QCOMPARE(workspaces.at(0).toObject().value(u"name"_s).toString(),
             m_sim->workspaceName(workspace));
    QCOMPARE(json.value(u"allWorkspaces"_s).toBool(true), false);
    QCOMPARE(json.value(u"revoked"_s).toBool(true), false);
    QVERIFY(json.value(u"revoked_at"_s).isNull());
    QVERIFY(json.value(u"last_used_at"_s).isNull());
    QVERIFY(isRfc3339(json.value(u"created_at"_s).toString()));
    QCOMPARE(json.value(u"author"_s).toString(), SimUsers::rootEmail());
    QVERIFY(!json.contains(u"token"_s));
    // An unknown field keeps clients honest.
    QVERIFY(json.contains(u"expiration"_s));
}

void TestSimulator::getErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::newRow("not a UUID") << u"not-a-uuid"_s << 400 << u"Parse id failed"_s
                                << u"ParseError"_s;
    QTest::newRow("bad hex") << u"5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5fzz"_s << 400
                             << u"Parse id failed"_s << u"ParseError"_s;
    QTest::newRow("unknown") << u"5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60"_s << 404
                             << u"Token not found"_s << u"NotFoundError"_s;
}

void TestSimulator::getErrors()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, type);
    start({3, 2, 1});
    verifyGateError(call("GET", TokenPath + u'/' + id), status, message, type);
}

void TestSimulator::getReturnsRevokedToken()
{
    start({3, 0, 1});
    const QString id = m_sim->addToken(u"old"_s, {u"deploy_write"_s}, {}, true);
    QVERIFY(m_sim->revokeToken(id));
    const Answer answer = call("GET", TokenPath + u'/' + id);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(u"revoked"_s).toBool(), true);
    QVERIFY(isRfc3339(json.value(u"revoked_at"_s).toString()));
}

void TestSimulator::createReturns201WithValue()
{
    start({3, 2, 1});
    const QStringList workspaces = m_sim->workspaceIds();
    const QJsonObject body {
        {u"name"_s, u"github-actions-ç"_s},
        {u"permissions"_s, QJsonArray {u"modules_write"_s, u"modules_read"_s, u"modules_write"_s}},
        {u"workspaces"_s, QJsonArray {workspaces.at(0), workspaces.at(1), workspaces.at(0)}},
        {u"allWorkspaces"_s, false}};
    const Answer answer = createToken(body);
    QCOMPARE(answer.status, 201);
    const QJsonObject json = answer.json();

    const QString value = json.value(u"token"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(value).hasMatch());
    const QString id = json.value(u"id"_s).toString();
    QVERIFY(isUuid(id));
    QVERIFY(m_sim->isTokenValueValid(id, value.toLatin1()));
    QVERIFY(!m_sim->isTokenValueValid(id, "0123456789abcdef0123456789abcdef"));

    QCOMPARE(json.value(u"name"_s).toString(), u"github-actions-ç"_s);
    QCOMPARE(json.value(u"permissions"_s).toArray(),
             (QJsonArray {u"modules_write"_s, u"modules_read"_s}));
    const QJsonArray returned = json.value(u"workspaces"_s).toArray();
    QCOMPARE(returned.size(), 2);
    QCOMPARE(returned.at(1).toObject().value(u"name"_s).toString(),
             m_sim->workspaceName(workspaces.at(1)));
    QCOMPARE(json.value(u"author"_s).toString(), SimUsers::rootEmail());
    QCOMPARE(json.value(u"revoked"_s).toBool(true), false);
    QVERIFY(json.value(u"last_used_at"_s).isNull());
    QVERIFY(isRfc3339(json.value(u"created_at"_s).toString()));

    // The newest token heads the default list, without its value.
    const QJsonObject first =
        call("GET", TokenPath).json().value(u"content"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), id);
    QVERIFY(!first.contains(u"token"_s));
    QCOMPARE(m_sim->activeTokenCount(), 3);
}

void TestSimulator::createForAllWorkspacesStoresNullWorkspaces()
{
    start({3, 0, 1});
    const Answer answer = createToken(draft(u"all of them"_s, {u"deploy_write"_s}, true));
    QCOMPARE(answer.status, 201);
    QVERIFY(answer.json().value(u"workspaces"_s).isNull());
    QCOMPARE(answer.json().value(u"allWorkspaces"_s).toBool(), true);
    const QString id = answer.json().value(u"id"_s).toString();
    QVERIFY(call("GET", TokenPath + u'/' + id).json().value(u"workspaces"_s).isNull());
}

void TestSimulator::createCountsNameInCodePoints()
{
    start({3, 0, 1});
    QString rockets;
    for (int i = 0; i < 64; ++i)
        rockets += u"🚀"_s;
    QCOMPARE(rockets.size(), 128); // UTF-16 units: a naive server would refuse it
    const Answer answer = createToken(draft(rockets));
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json().value(u"name"_s).toString(), rockets);
}

void TestSimulator::createValidation_data()
{
    QTest::addColumn<QByteArray>("body"); // "$WS" stands for a real workspace id
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");

    const QString invalid = u"Invalid Inputs"_s;
    QTest::newRow("missing name")
        << R"({"permissions":["deploy_write"],"workspaces":[],"allWorkspaces":true})"_ba << 400
        << invalid << QString();
    QTest::newRow("empty name")
        << R"({"name":"","permissions":["deploy_write"],"workspaces":[],"allWorkspaces":true})"_ba
        << 400 << invalid << QString();
    QTest::newRow("null permissions")
        << R"({"name":"n","permissions":null,"workspaces":[],"allWorkspaces":true})"_ba << 400
        << invalid << QString();
    QTest::newRow("missing workspaces")
        << R"({"name":"n","permissions":["deploy_write"],"allWorkspaces":true})"_ba << 400
        << invalid << QString();
    QTest::newRow("null workspaces with allWorkspaces")
        << R"({"name":"n","permissions":["deploy_write"],)"
           R"("workspaces":null,"allWorkspaces":true})"_ba
        << 400 << invalid << QString();
    QTest::newRow("no workspaces, not all")
        << R"({"name":"n","permissions":["deploy_write"],"workspaces":[],"allWorkspaces":false})"_ba
        << 400 << u"Workspaces is required when allWorkspaces is false"_s << u"IllegalParamError"_s;
    QTest::newRow("empty permissions")
        << R"({"name":"n","permissions":[],"workspaces":[],"allWorkspaces":true})"_ba << 400
        << u"'Permissions' is required"_s << u"IllegalParamError"_s;
    QTest::newRow("unknown permission")
        << R"({"name":"n","permissions":["deploy_write","admin"],)"
           R"("workspaces":[],"allWorkspaces":true})"_ba
        << 400 << u"invalid permissions"_s << u"IllegalParamError"_s;
    QTest::newRow("hypothesis permission")
        << R"({"name":"n","permissions":["hypothesis_read"],)"
           R"("workspaces":[],"allWorkspaces":true})"_ba
        << 400 << u"invalid permissions"_s << u"IllegalParamError"_s;
    QTest::newRow("unknown workspace")
        << R"({"name":"n","permissions":["deploy_write"],)"
           R"("workspaces":["$WS","c7e1a2b3-0000-4000-8000-000000000000"],)"
           R"("allWorkspaces":false})"_ba
        << 400 << u"Workspaces were not found"_s << u"IllegalParamError"_s;
    const QString accented = QString(65, QChar(0x00E9)); // é x 65
    QTest::newRow("65 accented characters")
        << R"({"name":")"_ba + accented.toUtf8() +
            R"(","permissions":["deploy_write"],"workspaces":[],"allWorkspaces":true})"_ba
        << 500 << u"Save system token failed"_s << u"InternalError"_s;
    QTest::newRow("not JSON") << "{name: nope"_ba << 400 << u"Cant parse body"_s << u"ParseError"_s;
    QTest::newRow("name of the wrong type")
        << R"({"name":5,"permissions":["deploy_write"],"workspaces":[],"allWorkspaces":true})"_ba
        << 400 << u"Cant parse body"_s << u"ParseError"_s;
}

void TestSimulator::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, type);
    start({3, 0, 1});
    body.replace("$WS", m_sim->workspaceIds().constFirst().toLatin1());

    verifyGateError(call("POST", TokenPath, body), status, message, type);
    QCOMPARE(m_sim->activeTokenCount(), 0);
}

void TestSimulator::createWithoutCharlesUserIs422()
{
    start({3, 0, 1});
    const QString token = accessToken(SimUsers::orphanUserName(), SimUsers::orphanPassword());
    QVERIFY(!token.isEmpty());
    verifyGateError(createToken(draft(u"n"_s), token), 422, u"User not found"_s,
                    u"BusinessError"_s);
}

void TestSimulator::revoke()
{
    start({3, 0, 1});
    const QString id = m_sim->addToken(u"to revoke"_s, {u"deploy_write"_s}, {}, true);
    const QString path = TokenPath + u'/' + id + u"/revoke"_s;

    const Answer first = call("POST", path);
    QCOMPARE(first.status, 204);
    QVERIFY(first.body.isEmpty());
    QCOMPARE(m_sim->activeTokenCount(), 0);

    verifyGateError(call("POST", path), 422, u"Token already revoked."_s, u"BusinessError"_s);
    verifyGateError(call("POST", TokenPath + u"/5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60/revoke"_s),
                    404, u"Token not found"_s, u"NotFoundError"_s);
    verifyGateError(call("POST", TokenPath + u"/nope/revoke"_s), 400, u"Parse id failed"_s,
                    u"ParseError"_s);
}

void TestSimulator::regenerate()
{
    start({3, 0, 1});
    const Answer created = createToken(draft(u"to regenerate"_s));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    const QByteArray oldValue = created.json().value(u"token"_s).toString().toLatin1();
    const QString path = TokenPath + u'/' + id + u"/regenerate"_s;

    const Answer answer = call("PUT", path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().keys(), QStringList {u"token"_s});
    const QByteArray newValue = answer.json().value(u"token"_s).toString().toLatin1();
    QVERIFY(
        QRegularExpression(u"^[0-9a-f]{32}$"_s).match(QString::fromLatin1(newValue)).hasMatch());
    QVERIFY(newValue != oldValue);
    QVERIFY(m_sim->isTokenValueValid(id, newValue));
    QVERIFY(!m_sim->isTokenValueValid(id, oldValue));
    // The old value stops working on the wire too.
    QCOMPARE(send("GET", u"/moove/v2/workspaces"_s, {}, {{"X-Charles-Token", oldValue}}).status,
             401);
    QCOMPARE(send("GET", u"/moove/v2/workspaces"_s, {}, {{"X-Charles-Token", newValue}}).status,
             200);

    QVERIFY(m_sim->revokeToken(id));
    verifyGateError(call("PUT", path), 422, u"Cannot update revoked tokens"_s, u"BusinessError"_s);
    verifyGateError(call("PUT", TokenPath + u"/5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60/regenerate"_s),
                    404, u"Token not found"_s, u"NotFoundError"_s);
}

// ---------------------------------------------------------------- moove

void TestSimulator::workspacePaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("totalPages");

    QTest::newRow("more than 50") << u"?size=51"_s << 400 << 0 << 0;
    QTest::newRow("50") << u"?size=50"_s << 200 << 40 << 1;
    QTest::newRow("default size 20") << QString() << 200 << 20 << 2;
    QTest::newRow("second page") << u"?size=15&page=2"_s << 200 << 10 << 3;
    QTest::newRow("name, case-insensitive") << u"?name=cobran%C3%87A&size=50"_s << 200 << 2 << 1;
    QTest::newRow("name with accent") << u"?name=s%C3%A3o&size=50"_s << 200 << 2 << 1;
}

void TestSimulator::workspacePaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(int, totalPages);
    start({40, 0, 1});

    const Answer answer = call("GET", u"/moove/v2/workspaces"_s + query);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.contentType.startsWith("application/json"));
    if (status != 200)
        return;
    const QJsonObject json = answer.json();
    const QJsonArray content = json.value(u"content"_s).toArray();
    QCOMPARE(content.size(), count);
    QCOMPARE(json.value(u"totalPages"_s).toInt(), totalPages);
    const QJsonObject first = content.at(0).toObject();
    QVERIFY(isUuid(first.value(u"id"_s).toString()));
    const QString state = first.value(u"status"_s).toString();
    QVERIFY(state == u"COMPLETE" || state == u"INCOMPLETE");
    QVERIFY(first.value(u"author"_s).toObject().contains(u"email"_s));
}

void TestSimulator::workspacesOfPlainUser()
{
    start({10, 0, 1});
    const QString token = accessToken(SimUsers::plainUserName(), SimUsers::plainPassword());
    const QJsonArray content = call("GET", u"/moove/v2/workspaces?size=50"_s, {}, token)
                                   .json()
                                   .value(u"content"_s)
                                   .toArray();
    QCOMPARE(content.size(), 3);
    QCOMPARE(content.at(0).toObject().value(u"id"_s).toString(),
             m_sim->workspaceIds().constFirst());
    QCOMPARE(
        call("GET", u"/moove/v2/workspaces?size=50"_s).json().value(u"content"_s).toArray().size(),
        10);
}

void TestSimulator::userLookupByBase64_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("isRoot");

    const QString root = base64Email(SimUsers::rootEmail());
    const QString plain = base64Email(SimUsers::plainEmail());
    const QString slash = base64Email(SimUsers::slashEmail());
    const QString plus = base64Email(SimUsers::plusEmail());
    QVERIFY(plain.endsWith(u"=="));
    QVERIFY(slash.contains(u'/'));
    QVERIFY(plus.contains(u'+') && plus.endsWith(u'='));

    QTest::newRow("root") << root << 200 << SimUsers::rootEmail() << true;
    QTest::newRow("plain, raw padding") << plain << 200 << SimUsers::plainEmail() << false;
    QTest::newRow("plain, encoded padding")
        << QString(plain).replace(u"="_s, u"%3D"_s) << 200 << SimUsers::plainEmail() << false;
    QTest::newRow("'/' encoded") << QString(slash).replace(u"/"_s, u"%2F"_s) << 200
                                 << SimUsers::slashEmail() << true;
    QTest::newRow("'/' raw") << slash << 200 << SimUsers::slashEmail() << true;
    QTest::newRow("'+' raw") << plus << 200 << SimUsers::plusEmail() << false;
    QTest::newRow("'+' and '=' encoded")
        << QString(plus).replace(u"+"_s, u"%2B"_s).replace(u"="_s, u"%3D"_s) << 200
        << SimUsers::plusEmail() << false;
    QTest::newRow("no Charles user")
        << base64Email(SimUsers::orphanEmail()) << 404 << QString() << false;
    QTest::newRow("unknown") << base64Email(u"who@charles.example"_s) << 404 << QString() << false;
    QTest::newRow("not base64") << u"%40%40%40"_s << 404 << QString() << false;
}

void TestSimulator::userLookupByBase64()
{
    QFETCH(QString, segment);
    QFETCH(int, status);
    QFETCH(QString, email);
    QFETCH(bool, isRoot);
    start({5, 0, 1});

    const Answer answer = call("GET", u"/moove/v2/users/"_s + segment);
    QCOMPARE(answer.status, status);
    if (status != 200)
        return;
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(u"email"_s).toString(), email);
    QCOMPARE(json.value(u"isRoot"_s).toBool(!isRoot), isRoot);
    QVERIFY(isUuid(json.value(u"id"_s).toString()));
    QVERIFY(!json.value(u"name"_s).toString().isEmpty());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s)
                .match(json.value(u"createdAt"_s).toString())
                .hasMatch());
    QVERIFY(json.value(u"workspaces"_s).isArray());
}

void TestSimulator::systemTokenUseMarksLastUsed()
{
    start({3, 0, 1});
    const QStringList workspaces = m_sim->workspaceIds();
    const Answer created = createToken(draft(u"ci"_s, {u"deploy_write"_s}, false));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    const QByteArray value = created.json().value(u"token"_s).toString().toLatin1();
    QVERIFY(call("GET", TokenPath + u'/' + id).json().value(u"last_used_at"_s).isNull());

    const Answer used =
        send("GET", u"/moove/v2/workspaces"_s, {},
             {{"X-Charles-Token", value}, {"x-workspace-id", workspaces.at(0).toLatin1()}});
    QCOMPARE(used.status, 200);
    QVERIFY(
        isRfc3339(call("GET", TokenPath + u'/' + id).json().value(u"last_used_at"_s).toString()));

    const Answer otherWorkspace =
        send("GET", u"/moove/v2/workspaces"_s, {},
             {{"X-Charles-Token", value}, {"x-workspace-id", workspaces.at(1).toLatin1()}});
    QCOMPARE(otherWorkspace.status, 403);
    QCOMPARE(send("GET", TokenPath, {}, {{"X-Charles-Token", value}}).status, 403);
    QCOMPARE(send("GET", u"/moove/v2/workspaces"_s, {},
                  {{"X-Charles-Token", "00000000000000000000000000000000"}})
                 .status,
             401);
    QVERIFY(m_sim->revokeToken(id));
    QCOMPARE(send("GET", u"/moove/v2/workspaces"_s, {},
                  {{"X-Charles-Token", value}, {"x-workspace-id", workspaces.at(0).toLatin1()}})
                 .status,
             401);
}

// ---------------------------------------------------------------- faults

void TestSimulator::faultRespond()
{
    start({3, 2, 1});
    Fault fault;
    fault.method = "GET";
    fault.pathPattern = u"^/gate/api/v1/system-token$"_s;
    fault.status = 503;
    fault.contentType = "text/html";
    fault.body = "<html><body>503 Service Temporarily Unavailable</body></html>";
    m_sim->addFault(fault);

    const Answer list = call("GET", TokenPath);
    QCOMPARE(list.status, 503);
    QCOMPARE(list.contentType, "text/html"_ba);
    QCOMPARE(list.body, fault.body);
    // Other paths are untouched, and the faulted request was still recorded.
    QCOMPARE(call("GET", u"/moove/v2/workspaces"_s).status, 200);
    QCOMPARE(m_sim->requestCount("GET", u"^/gate/api/v1/system-token$"_s), 1);
    // It lasts until removed.
    QCOMPARE(call("GET", TokenPath).status, 503);
}

void TestSimulator::faultTimesAndRemoval()
{
    start({3, 2, 1});
    Fault twice;
    twice.pathPattern = u"^/gate/"_s;
    twice.status = 502;
    twice.times = 2;
    m_sim->addFault(twice);
    QCOMPARE(call("GET", TokenPath).status, 502);
    QCOMPARE(call("GET", TokenPath).status, 502);
    QCOMPARE(call("GET", TokenPath).status, 200);

    Fault forever;
    forever.pathPattern = u"^/gate/"_s;
    forever.status = 504;
    const int id = m_sim->addFault(forever);
    QCOMPARE(call("GET", TokenPath).status, 504);
    m_sim->removeFault(id);
    QCOMPARE(call("GET", TokenPath).status, 200);

    m_sim->addFault(forever);
    Fault later = forever;
    later.status = 418;
    m_sim->addFault(later);
    QCOMPARE(call("GET", TokenPath).status, 504); // the first match wins
    m_sim->clearFaults();
    QCOMPARE(call("GET", TokenPath).status, 200);
}

void TestSimulator::faultMethodFilter()
{
    start({3, 2, 1});
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = u"^/gate/api/v1/system-token$"_s;
    fault.status = 500;
    fault.body = R"({"message":"boom"})";
    m_sim->addFault(fault);
    QCOMPARE(call("GET", TokenPath).status, 200);
    const Answer create = createToken(draft(u"n"_s));
    QCOMPARE(create.status, 500);
    QCOMPARE(create.message(), u"boom"_s);
    QCOMPARE(m_sim->activeTokenCount(), 2); // gate never saw it
}

void TestSimulator::faultDrop()
{
    start({3, 2, 1});
    Fault fault;
    fault.pathPattern = u"^/gate/api/v1/system-token$"_s;
    fault.action = Fault::Action::Drop;
    m_sim->addFault(fault);
    const Answer answer = call("GET", TokenPath);
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.status, 0);
    QVERIFY(m_sim->requestCount("GET", u"^/gate/api/v1/system-token$"_s) >= 1);
}

void TestSimulator::faultNoAnswer()
{
    start({3, 2, 1});
    const QString token = accessToken();
    Fault fault;
    fault.pathPattern = u"^/gate/api/v1/system-token$"_s;
    fault.action = Fault::Action::NoAnswer;
    m_sim->addFault(fault);

    const Answer answer =
        send("GET", TokenPath, {}, {{"Authorization", "Bearer " + token.toLatin1()}}, 400);
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::OperationCanceledError); // the transfer timeout
    QCOMPARE(answer.status, 0);
    // QNAM's transfer timer is a coarse one: it may fire up to 5% early.
    QVERIFY(answer.elapsedMs >= 370);
    QCOMPARE(m_sim->requestCount("GET", u"^/gate/api/v1/system-token$"_s), 1);
}

void TestSimulator::faultTruncate()
{
    start({3, 2, 1});
    Fault fault;
    fault.pathPattern = u"^/gate/api/v1/system-token$"_s;
    fault.action = Fault::Action::Truncate;
    fault.status = 200;
    fault.body = R"({"content":[{"id":"5a1b8f52-)";
    m_sim->addFault(fault);
    const Answer answer = call("GET", TokenPath);
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.status, 200);
    QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
}

void TestSimulator::faultDelay()
{
    start({3, 2, 1});
    const QString token = accessToken();
    Fault fault;
    fault.pathPattern = u"^/moove/"_s;
    fault.status = 503;
    fault.delayMs = 300;
    fault.times = 1;
    m_sim->addFault(fault);
    const Answer slow = send("GET", u"/moove/v2/workspaces"_s, {},
                             {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(slow.status, 503);
    QVERIFY(slow.elapsedMs >= 290);
}

void TestSimulator::latencyDelaysWithoutBlocking()
{
    start({3, 2, 1});
    m_sim->setLatency(400);
    const Answer slow = login(u"admin"_s, u"charles-demo"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY(slow.elapsedMs >= 390);

    // Three requests at once finish together: the delay does not block the thread.
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(url(TokenEndpoint));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        replies.append(m_nam->post(request, passwordForm(u"admin"_s, u"charles-demo"_s)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             10000);
    const qint64 elapsed = timer.elapsed();
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QVERIFY(elapsed >= 390);
    QVERIFY2(elapsed < 1100, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestSimulator::recordsEveryRequest()
{
    start({3, 0, 1});
    QSignalSpy received(m_sim.get(), &Simulator::requestReceived);
    const Answer answer = send("POST", TokenPath + u"?trace=a%2Bb&x=1"_s, R"({"name":"n"})",
                               {{"Content-Type", "application/json"}, {"X-Request-Id", "abc"}});
    QCOMPARE(answer.status, 401);

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toByteArray(), "POST"_ba);
    QCOMPARE(received.at(0).at(1).toString(), TokenPath);

    const QList<RecordedRequest> requests = m_sim->requests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &request = requests.constFirst();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, TokenPath);
    QCOMPARE(request.query.queryItemValue(u"x"_s), u"1"_s);
    QCOMPARE(request.query.queryItemValue(u"trace"_s, QUrl::FullyDecoded), u"a+b"_s);
    QCOMPARE(request.body, R"({"name":"n"})"_ba);
    bool sawHeader = false;
    for (const auto &header : request.headers)
        sawHeader |= header.first.compare("x-request-id", Qt::CaseInsensitive) == 0 &&
            header.second == "abc";
    QVERIFY(sawHeader);
    QCOMPARE(m_sim->requestCount("POST", u"system-token"_s), 1);
    QCOMPARE(m_sim->requestCount("GET", u"system-token"_s), 0);
    QCOMPARE(m_sim->requestCount({}, u"."_s), 1);

    m_sim->clearRequests();
    QVERIFY(m_sim->requests().isEmpty());
}

void TestSimulator::destroyingWithPendingAnswersIsSafe()
{
    start({3, 2, 1});
    m_sim->setLatency(5000);
    Fault silent;
    silent.pathPattern = u"^/moove/"_s;
    silent.action = Fault::Action::NoAnswer;
    m_sim->addFault(silent);

    QNetworkRequest slow(url(TokenEndpoint));
    slow.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> delayed(
        m_nam->post(slow, passwordForm(u"admin"_s, u"charles-demo"_s)));
    std::unique_ptr<QNetworkReply> unanswered(m_nam->get(QNetworkRequest(url(u"/moove/x"_s))));
    QTRY_COMPARE(m_sim->requests().size(), 2);

    // The pending answer and the silent connection go away with the simulator.
    m_sim.reset();
    QTRY_VERIFY(delayed->isFinished() && unanswered->isFinished());
    QVERIFY(delayed->error() != QNetworkReply::NoError);
    QVERIFY(unanswered->error() != QNetworkReply::NoError);
}

// ---------------------------------------------------------------- seed

void TestSimulator::seedIsDeterministic()
{
    const SeedOptions options {12, 50, 99};
    Simulator first(options);
    Simulator second(options);
    QCOMPARE(first.workspaceIds(), second.workspaceIds());
    QCOMPARE(first.workspaceIds().size(), 12);
    for (const QString &id : first.workspaceIds())
        QCOMPARE(first.workspaceName(id), second.workspaceName(id));
    QCOMPARE(first.activeTokenCount(), second.activeTokenCount());

    Simulator other({12, 50, 100});
    QVERIFY(other.workspaceIds() != first.workspaceIds());

    // The same token ids and names, in the same order, over the wire.
    start(options);
    const QJsonArray firstPage =
        call("GET", TokenPath + u"?size=50&sort=name%20asc"_s).json().value(u"content"_s).toArray();
    QStringList ids;
    for (const QJsonValue &token : firstPage)
        ids.append(token.toObject().value(u"id"_s).toString());
    start(options);
    const QJsonArray secondPage =
        call("GET", TokenPath + u"?size=50&sort=name%20asc"_s).json().value(u"content"_s).toArray();
    QStringList againIds;
    for (const QJsonValue &token : secondPage)
        againIds.append(token.toObject().value(u"id"_s).toString());
    QVERIFY(!ids.isEmpty());
    QCOMPARE(againIds, ids);
}

void TestSimulator::seededDataIsVaried()
{
    start({});
    QCOMPARE(m_sim->workspaceIds().size(), 40);
    const QStringList workspaceNames = [this] {
        QStringList result;
        for (const QString &id : m_sim->workspaceIds())
            result.append(m_sim->workspaceName(id));
        return result;
    }();
    QVERIFY(workspaceNames.contains(u"Cobrança"_s));
    QVERIFY(workspaceNames.contains(u"Logística São Paulo"_s));
    const QJsonArray workspaces =
        call("GET", u"/moove/v2/workspaces?size=50"_s).json().value(u"content"_s).toArray();
    bool incomplete = false;
    for (const QJsonValue &workspace : workspaces)
        incomplete |= workspace.toObject().value(u"status"_s).toString() == u"INCOMPLETE";
    QVERIFY(incomplete);

    const int active = m_sim->activeTokenCount();
    QVERIFY(active > 240 && active < 300); // some seeded tokens are revoked
    const QJsonArray tokens =
        call("GET", TokenPath + u"?size=400"_s).json().value(u"content"_s).toArray();
    QCOMPARE(tokens.size(), active);

    int all = 0, nullWorkspaces = 0, neverUsed = 0, hypothesis = 0, nullPermissions = 0;
    int nineDigits = 0, offsets = 0;
    QSet<QString> authors;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        const QString created = token.value(u"created_at"_s).toString();
        QVERIFY2(isRfc3339(created), qPrintable(created));
        nineDigits += QRegularExpression(u"\\.\\d{9}"_s).match(created).hasMatch();
        offsets += created.endsWith(u"-03:00");
        all += token.value(u"allWorkspaces"_s).toBool();
        nullWorkspaces += token.value(u"workspaces"_s).isNull();
        neverUsed += token.value(u"last_used_at"_s).isNull();
        nullPermissions += token.value(u"permissions"_s).isNull();
        const QJsonArray permissions = token.value(u"permissions"_s).toArray();
        hypothesis += permissions.contains(u"hypothesis_read"_s) ||
            permissions.contains(u"hypothesis_write"_s);
        authors.insert(token.value(u"author"_s).toString());
    }
    QVERIFY(all > active / 5 && all < active * 2 / 5);
    QVERIFY(nullWorkspaces > 0 && nullWorkspaces <= all);
    QVERIFY(neverUsed > active * 3 / 10 && neverUsed < active / 2);
    QVERIFY(hypothesis > 0);
    QVERIFY(nullPermissions > 0);
    QVERIFY(nineDigits > 0);
    QVERIFY(offsets > 0);
    QVERIFY(authors.size() >= 3);
}

void TestSimulator::seedScales()
{
    QElapsedTimer timer;
    timer.start();
    {
        Simulator small;
        QCOMPARE(small.workspaceIds().size(), 40);
    }
    QVERIFY2(timer.elapsed() < 100, qPrintable(u"300 tokens took %1 ms"_s.arg(timer.elapsed())));

    start({40, 100000, 3});
    const int active = m_sim->activeTokenCount();
    QVERIFY(active > 90000);
    timer.restart();
    const QJsonObject json =
        call("GET", TokenPath + u"?name=pipeline&size=50&page=3&sort=name%20asc"_s).json();
    QCOMPARE(json.value(u"content"_s).toArray().size(), 50);
    QCOMPARE(json.value(u"totalPages"_s).toInt(), (active + 49) / 50);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"query took %1 ms"_s.arg(timer.elapsed())));
}

void TestSimulator::addAndRevokeTokenDirectly()
{
    start({4, 0, 1});
    const QStringList workspaces = m_sim->workspaceIds();
    QCOMPARE(workspaces.size(), 4);
    const QString id =
        m_sim->addToken(u"made elsewhere"_s, {u"circles_read"_s}, {workspaces.at(2)}, false);
    QVERIFY(isUuid(id));
    QCOMPARE(m_sim->activeTokenCount(), 1);
    const QJsonObject json = call("GET", TokenPath + u'/' + id).json();
    QCOMPARE(json.value(u"workspaces"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             m_sim->workspaceName(workspaces.at(2)));
    QVERIFY(m_sim->revokeToken(id));
    QVERIFY(!m_sim->revokeToken(id));
    QVERIFY(!m_sim->revokeToken(u"nope"_s));
    QCOMPARE(m_sim->activeTokenCount(), 0);
    QVERIFY(m_sim->workspaceName(u"nope"_s).isEmpty());
}

namespace {
QStringList *g_messages = nullptr;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}
} // namespace

void TestSimulator::logsNeverHoldSecrets()
{
    start({3, 0, 1});
    const QString password = u"s3cr3t pa55"_s;
    QVERIFY(m_sim->setPassword(u"admin"_s, password));

    QStringList messages;
    g_messages = &messages;
    QLoggingCategory::setFilterRules(u"charles.sim.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);

    const QJsonObject login = this->login(u"admin"_s, password).json();
    const QString access = login.value(u"access_token"_s).toString();
    const QString refresh = login.value(u"refresh_token"_s).toString();
    const Answer created = createToken(draft(u"n"_s), access);
    const QString value = created.json().value(u"token"_s).toString();
    const QString id = created.json().value(u"id"_s).toString();
    const QString regenerated = call("PUT", TokenPath + u'/' + id + u"/regenerate"_s, {}, access)
                                    .json()
                                    .value(u"token"_s)
                                    .toString();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_messages = nullptr;

    QVERIFY(!access.isEmpty() && !value.isEmpty() && !regenerated.isEmpty());
    const QString all = messages.join(u'\n');
    QVERIFY(all.contains(u"POST /gate/api/v1/system-token -> 201"_s));
    for (const QString &secret : {password, access, refresh, value, regenerated})
        QVERIFY(!all.contains(secret));
    QVERIFY(!all.contains(u"Bearer"_s));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
