// The decoders against every quirk of the contract, and against answers of the wrong shape.
#include "core/jsondecode.h"

#include <QTest>

using namespace charles;

class TestJsonDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void tokenWithEveryQuirk();
    void tokenWithAllFields();
    void tokenRejectsWrongTypes_data();
    void tokenRejectsWrongTypes();
    void pageWithNullContent();
    void pageRejectsWrongShapes_data();
    void pageRejectsWrongShapes();
    void createdTokenTakesTheValueAndWipesTheBody();
    void createdTokenWithoutValueIsUnexpected();
    void regeneratedToken();
    void workspacePage();
    void user();
    void keycloakTokens();
    void jwtClaims();
    void gateAndOAuthErrors();
};

void TestJsonDecode::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs"); // since epoch, UTC

    const qint64 base =
        QDateTime(QDate(2021, 4, 27), QTime(14, 3, 12), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("Z, no fraction") << "2021-04-27T14:03:12Z" << true << base;
    QTest::newRow("Z, 3 digits") << "2021-04-27T14:03:12.123Z" << true << base + 123;
    QTest::newRow("Z, 6 digits") << "2021-04-27T14:03:12.123456Z" << true << base + 123;
    QTest::newRow("Z, 9 digits") << "2021-04-27T14:03:12.123456789Z" << true << base + 123;
    QTest::newRow("Z, 1 digit") << "2021-04-27T14:03:12.5Z" << true << base + 500;
    QTest::newRow("offset -03:00") << "2021-04-27T11:03:12.123456789-03:00" << true << base + 123;
    QTest::newRow("offset +05:30") << "2021-04-27T19:33:12+05:30" << true << base;
    QTest::newRow("lowercase z") << "2021-04-27T14:03:12z" << true << base;
    QTest::newRow("10 digits") << "2021-04-27T14:03:12.1234567891Z" << false << qint64(0);
    QTest::newRow("no zone") << "2021-04-27T14:03:12" << false << qint64(0);
    QTest::newRow("bad month") << "2021-13-27T14:03:12Z" << false << qint64(0);
    QTest::newRow("bad day") << "2021-02-30T14:03:12Z" << false << qint64(0);
    QTest::newRow("empty fraction") << "2021-04-27T14:03:12.Z" << false << qint64(0);
    QTest::newRow("trailing text") << "2021-04-27T14:03:12Zjunk" << false << qint64(0);
    QTest::newRow("garbage") << "yesterday, around noon" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("2021-04-27T14:03:12.\u0661Z") << false << qint64(0);
}

void TestJsonDecode::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    const auto parsed = json::parseTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestJsonDecode::tokenWithEveryQuirk()
{
    // null arrays, no token field, unknown fields, unknown permission names, nine digits.
    const QByteArray body = R"({"id":"5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60","name":"pipeline",
        "permissions":["deploy_write","hypothesis_read","modules_read"],"workspaces":null,
        "allWorkspaces":true,"revoked":false,"created_at":"2021-04-27T14:03:12.123456789Z",
        "revoked_at":null,"last_used_at":null,"author":"admin@example.com",
        "expiration":null,"somethingNew":{"nested":[1,2]}})";
    const auto token = json::decodeTokenDocument(body);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail()));
    QCOMPARE(token.value().name, QStringLiteral("pipeline"));
    QVERIFY(token.value().allWorkspaces);
    QVERIFY(token.value().workspaces.isEmpty());
    QVERIFY(!token.value().lastUsedAt.isValid());
    QVERIFY(!token.value().revokedAt.isValid());
    QVERIFY(token.value().permissions.contains(Permission::DeployWrite));
    QVERIFY(token.value().permissions.contains(Permission::ModulesRead));
    QVERIFY(!token.value().permissions.contains(Permission::ModulesWrite));
    QCOMPARE(token.value().permissions.unknownNames(),
             QStringList {QStringLiteral("hypothesis_read")});
    QCOMPARE(token.value().permissions.names(),
             (QStringList {QStringLiteral("modules_read"), QStringLiteral("deploy_write"),
                           QStringLiteral("hypothesis_read")}));

    const QByteArray nullPermissions = R"({"id":"a","name":"n","permissions":null,
        "workspaces":[],"allWorkspaces":false,"revoked":false,"created_at":"2021-04-27T14:03:12Z"})";
    const auto noPermissions = json::decodeTokenDocument(nullPermissions);
    QVERIFY(noPermissions.ok());
    QVERIFY(noPermissions.value().permissions.isEmpty());
}

void TestJsonDecode::tokenWithAllFields()
{
    const QByteArray body =
        R"({"id":"t1","name":"ção ✓","permissions":["circles_write","circles_read"],
        "workspaces":[{"id":"w1","name":"payments"},{"id":"w2","name":"Cobrança"}],
        "allWorkspaces":false,"revoked":true,"created_at":"2021-04-27T14:03:12Z",
        "revoked_at":"2021-05-01T00:00:00.000000001+00:00","last_used_at":"2021-04-30T10:00:00Z",
        "author":"a@b.c"})";
    const auto token = json::decodeTokenDocument(body);
    QVERIFY(token.ok());
    QCOMPARE(token.value().name, QString::fromUtf8("ção ✓"));
    QCOMPARE(token.value().workspaces.size(), 2);
    QCOMPARE(token.value().workspaces.at(1).name, QString::fromUtf8("Cobrança"));
    QVERIFY(token.value().revoked);
    QVERIFY(token.value().revokedAt.isValid());
    QCOMPARE(token.value().lastUsedAt.date(), QDate(2021, 4, 30));
    QCOMPARE(token.value().author, QStringLiteral("a@b.c"));
}

void TestJsonDecode::tokenRejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray ok = R"("created_at":"2021-04-27T14:03:12Z")";
    QTest::newRow("missing id") << QByteArray(R"({"name":"n",)" + ok + "}");
    QTest::newRow("numeric id") << QByteArray(R"({"id":5,"name":"n",)" + ok + "}");
    QTest::newRow("missing name") << QByteArray(R"({"id":"a",)" + ok + "}");
    QTest::newRow("null name") << QByteArray(R"({"id":"a","name":null,)" + ok + "}");
    QTest::newRow("missing created_at") << QByteArray(R"({"id":"a","name":"n"})");
    QTest::newRow("bad created_at") << QByteArray(R"({"id":"a","name":"n","created_at":"soon"})");
    QTest::newRow("numeric created_at") << QByteArray(R"({"id":"a","name":"n","created_at":1})");
    QTest::newRow("permissions object")
        << QByteArray(R"({"id":"a","name":"n","permissions":{},)" + ok + "}");
    QTest::newRow("permission number")
        << QByteArray(R"({"id":"a","name":"n","permissions":[1],)" + ok + "}");
    QTest::newRow("workspaces string")
        << QByteArray(R"({"id":"a","name":"n","workspaces":"all",)" + ok + "}");
    QTest::newRow("workspace without id")
        << QByteArray(R"({"id":"a","name":"n","workspaces":[{"name":"x"}],)" + ok + "}");
    QTest::newRow("workspace as string")
        << QByteArray(R"({"id":"a","name":"n","workspaces":["w1"],)" + ok + "}");
    QTest::newRow("allWorkspaces string")
        << QByteArray(R"({"id":"a","name":"n","allWorkspaces":"true",)" + ok + "}");
    QTest::newRow("revoked number")
        << QByteArray(R"({"id":"a","name":"n","revoked":0,)" + ok + "}");
    QTest::newRow("last_used_at number")
        << QByteArray(R"({"id":"a","name":"n","last_used_at":5,)" + ok + "}");
    QTest::newRow("author array") << QByteArray(R"({"id":"a","name":"n","author":[],)" + ok + "}");
    QTest::newRow("empty id") << QByteArray(R"({"id":"","name":"n",)" + ok + "}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << QByteArray(R"({"id":"a","na)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
}

void TestJsonDecode::tokenRejectsWrongTypes()
{
    QFETCH(QByteArray, body);
    const auto token = json::decodeTokenDocument(body);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::UnexpectedResponse);
    QVERIFY(!token.error().detail().isEmpty());
    QVERIFY(!token.error().userMessage().isEmpty());
}

void TestJsonDecode::pageWithNullContent()
{
    // content is null on an empty page; size is the item count; last may lie with a filter.
    const auto empty =
        json::decodeTokenPage(R"({"content":null,"page":3,"size":0,"last":false,"totalPages":7})");
    QVERIFY(empty.ok());
    QVERIFY(empty.value().items.isEmpty());
    QCOMPARE(empty.value().page, 3);
    QCOMPARE(empty.value().size, 0);
    QCOMPARE(empty.value().last, false);
    QCOMPARE(empty.value().totalPages, 7);

    const auto two = json::decodeTokenPage(
        R"({"content":[{"id":"a","name":"x","created_at":"2021-04-27T14:03:12Z"},
                       {"id":"b","name":"y","created_at":"2021-04-27T14:03:12Z"}],
            "page":0,"size":2,"last":true,"totalPages":1})");
    QVERIFY(two.ok());
    QCOMPARE(two.value().items.size(), 2);
    QCOMPARE(two.value().items.at(1).id, QStringLiteral("b"));
}

void TestJsonDecode::pageRejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("content object") << QByteArray(R"({"content":{},"page":0})");
    QTest::newRow("content string") << QByteArray(R"({"content":"[]","page":0})");
    QTest::newRow("item number") << QByteArray(R"({"content":[1],"page":0})");
    QTest::newRow("bad item") << QByteArray(R"({"content":[{"id":1}],"page":0})");
    QTest::newRow("page string") << QByteArray(R"({"content":[],"page":"0"})");
    QTest::newRow("page negative") << QByteArray(R"({"content":[],"page":-1})");
    QTest::newRow("page fraction") << QByteArray(R"({"content":[],"page":0.5})");
    // Found by fuzzing: out of any integer's range, converting would be undefined behaviour.
    QTest::newRow("page 1e300") << QByteArray(R"({"content":null,"page":1e300})");
    QTest::newRow("totalPages -1e19") << QByteArray(R"({"content":[],"totalPages":-1e19})");
    QTest::newRow("last string") << QByteArray(R"({"content":[],"last":"yes"})");
    QTest::newRow("top-level array") << QByteArray(R"([{"id":"a"}])");
    QTest::newRow("top-level null") << QByteArray("null");
}

void TestJsonDecode::pageRejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    const auto page = json::decodeTokenPage(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::UnexpectedResponse);
}

void TestJsonDecode::createdTokenTakesTheValueAndWipesTheBody()
{
    const QByteArray value = "0123456789abcdef0123456789abcdef";
    QByteArray body =
        R"({"id":"5a1b8f52-3c2e-4d0a-9f7e-1d2c3b4a5f60","name":"ci","permissions":["deploy_write"],
        "workspaces":null,"allWorkspaces":true,"revoked":false,"token":")" +
        value + R"(",
        "created_at":"2021-04-27T14:03:12.123456Z","revoked_at":null,"last_used_at":null,
        "author":"admin@example.com"})";
    const auto created = json::decodeCreatedToken(body);
    QVERIFY(created.ok());
    QVERIFY(body.isEmpty());
    QVERIFY(created.value().value.equals(value));
    QCOMPARE(created.value().token.name, QStringLiteral("ci"));
}

void TestJsonDecode::createdTokenWithoutValueIsUnexpected()
{
    QByteArray body = R"({"id":"a","name":"ci","created_at":"2021-04-27T14:03:12Z"})";
    const auto created = json::decodeCreatedToken(body);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind(), ApiError::Kind::UnexpectedResponse);

    QByteArray numeric = R"({"id":"a","name":"ci","token":12,"created_at":"2021-04-27T14:03:12Z"})";
    QVERIFY(!json::decodeCreatedToken(numeric).ok());
}

void TestJsonDecode::regeneratedToken()
{
    QByteArray body = R"({"token":"ffffffffffffffffffffffffffffffff"})";
    const auto value = json::decodeRegeneratedToken(body);
    QVERIFY(value.ok());
    QVERIFY(value.value().equals("ffffffffffffffffffffffffffffffff"));
    QVERIFY(body.isEmpty());

    for (QByteArray bad : {QByteArray("{}"), QByteArray(R"({"token":""})"),
                           QByteArray(R"({"token":null})"), QByteArray(""), QByteArray("[]")}) {
        const auto r = json::decodeRegeneratedToken(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedResponse);
    }
}

void TestJsonDecode::workspacePage()
{
    const auto page = json::decodeWorkspacePage(
        R"({"content":[{"id":"w1","name":"payments","status":"COMPLETE","permissions":[],
            "author":{"email":"a@b.c"},"deploymentConfiguration":null},
            {"id":"w2","name":"Logística","status":"INCOMPLETE"}],
            "page":0,"size":50,"last":true,"totalPages":1})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().items.size(), 2);
    QVERIFY(page.value().items.at(0).complete);
    QVERIFY(!page.value().items.at(1).complete);
    QCOMPARE(page.value().items.at(1).name, QString::fromUtf8("Logística"));
    QVERIFY(!json::decodeWorkspacePage(R"({"content":[{"id":"w1"}]})").ok());
}

void TestJsonDecode::user()
{
    const auto user = json::decodeUser(
        R"({"id":"u1","name":"Ada","email":"ada@example.com","photoUrl":null,
            "createdAt":"2021-01-01 10:00:00","workspaces":[],"isRoot":true})");
    QVERIFY(user.ok());
    QVERIFY(user.value().isRoot);
    QCOMPARE(user.value().email, QStringLiteral("ada@example.com"));
    QVERIFY(!json::decodeUser(R"({"email":"a@b.c","isRoot":"true"})").ok());
    QVERIFY(!json::decodeUser(R"({"email":"a@b.c"})").ok());
}

void TestJsonDecode::keycloakTokens()
{
    QByteArray body = R"({"access_token":"a.b.c","expires_in":300,"refresh_expires_in":1800,
        "refresh_token":"r.r.r","token_type":"Bearer","not-before-policy":0,
        "session_state":"s","scope":"email profile"})";
    const auto tokens = json::decodeKeycloakTokens(body);
    QVERIFY(tokens.ok());
    QCOMPARE(tokens.value().expiresIn, 300);
    QVERIFY(tokens.value().accessToken.equals("a.b.c"));
    QVERIFY(tokens.value().refreshToken.equals("r.r.r"));
    QVERIFY(body.isEmpty());

    QByteArray noExpiry = R"({"access_token":"a.b.c","token_type":"Bearer"})";
    QVERIFY(!json::decodeKeycloakTokens(noExpiry).ok());
    QByteArray mac = R"({"access_token":"a.b.c","expires_in":300,"token_type":"mac"})";
    QVERIFY(!json::decodeKeycloakTokens(mac).ok());
}

void TestJsonDecode::jwtClaims()
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray jwt = part(R"({"alg":"RS256"})") + '.' +
        part(R"({"email":"ana@exemplo.com.br","name":"Ana Conceição","exp":1900000000})") + ".sig";
    const auto claims = json::decodeJwtClaims(jwt);
    QVERIFY(claims.ok());
    QCOMPARE(claims.value().email, QStringLiteral("ana@exemplo.com.br"));
    QCOMPARE(claims.value().name, QString::fromUtf8("Ana Conceição"));
    QCOMPARE(claims.value().expiresAt.toSecsSinceEpoch(), 1900000000);

    QVERIFY(!json::decodeJwtClaims("not-a-jwt").ok());
    QVERIFY(!json::decodeJwtClaims("a.!!!.c").ok());
    QVERIFY(!json::decodeJwtClaims("a." + part(R"({"name":"x"})") + ".c").ok());
    QVERIFY(!json::decodeJwtClaims("a." + part(R"({"email":"x","exp":"soon"})") + ".c").ok());
}

void TestJsonDecode::gateAndOAuthErrors()
{
    const auto gate = json::decodeGateError(
        R"({"id":"e1","message":"Token not found","detail":"record not found",
            "type":"NotFoundError","timestamp":"1619532192"})");
    QVERIFY(gate.has_value());
    QCOMPARE(gate->message, QStringLiteral("Token not found"));
    QCOMPARE(gate->id, QStringLiteral("e1"));
    QVERIFY(!json::decodeGateError("Forbidden").has_value());

    const auto oauth = json::decodeOAuthError(
        R"({"error":"invalid_grant","error_description":"Invalid user credentials"})");
    QVERIFY(oauth.has_value());
    QCOMPARE(oauth->error, QStringLiteral("invalid_grant"));
    QVERIFY(!json::decodeOAuthError(R"({"message":"x"})").has_value());
}

QTEST_GUILESS_MAIN(TestJsonDecode)
#include "tst_jsondecode.moc"
