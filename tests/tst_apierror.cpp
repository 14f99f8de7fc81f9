// Every kind of failing answer maps to the right error kind and a readable message.
#include "core/apierror.h"

#include <QTest>

using namespace charles;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void knownServerMessagesAreTranslatedUnknownAreQuoted();
    void gateErrorKeepsIdForSupport();
    void outcomeUnknown();
    void everyKindHasAMessage();
    void logTextIsOneBoundedLine();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("serverMessage");

    const QByteArray gateJson = "application/json";
    QTest::newRow("gate 404")
        << 404 << gateJson
        << QByteArray(
               R"({"id":"x","message":"Token not found","detail":"record not found","type":"NotFoundError","timestamp":"1619532192"})")
        << Kind::NotFound << "Token not found";
    QTest::newRow("gate 422")
        << 422 << gateJson
        << QByteArray(
               R"({"id":"x","message":"Token already revoked.","detail":"","type":"BusinessError","timestamp":"1"})")
        << Kind::Conflict << "Token already revoked.";
    QTest::newRow("gate 400")
        << 400 << gateJson
        << QByteArray(R"({"id":"x","message":"invalid permissions","type":"IllegalParamError"})")
        << Kind::Validation << "invalid permissions";
    QTest::newRow("gate 500 no type")
        << 500 << gateJson << QByteArray(R"({"id":"x","message":"pq: value too long","type":""})")
        << Kind::ServerError << "pq: value too long";
    QTest::newRow("proxy plain 403") << 403 << QByteArray("text/plain") << QByteArray("Forbidden")
                                     << Kind::Forbidden << "Forbidden";
    QTest::newRow("proxy plain 400")
        << 400 << QByteArray("text/plain")
        << QByteArray("only one of Authorization or X-Charles-Token") << Kind::Validation
        << "only one of Authorization or X-Charles-Token";
    QTest::newRow("keycloak 401 token")
        << 401 << gateJson
        << QByteArray(
               R"({"error":"invalid_token","error_description":"Token verification failed"})")
        << Kind::SessionExpired << "Token verification failed";
    QTest::newRow("keycloak wrong password")
        << 401 << gateJson
        << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid user credentials"})")
        << Kind::InvalidCredentials << "Invalid user credentials";
    QTest::newRow("keycloak refresh expired")
        << 400 << gateJson
        << QByteArray(R"({"error":"invalid_grant","error_description":"Token is not active"})")
        << Kind::SessionExpired << "Token is not active";
    QTest::newRow("keycloak session ended")
        << 400 << gateJson
        << QByteArray(R"({"error":"invalid_grant","error_description":"Session not active"})")
        << Kind::SessionExpired << "Session not active";
    QTest::newRow("keycloak login disabled")
        << 400 << gateJson
        << QByteArray(
               R"({"error":"unauthorized_client","error_description":"Client not allowed for direct access grants"})")
        << Kind::LoginDisabled << "Client not allowed for direct access grants";
    QTest::newRow("keycloak invalid client")
        << 400 << gateJson
        << QByteArray(
               R"({"error":"invalid_client","error_description":"Invalid client credentials"})")
        << Kind::Validation << "Invalid client credentials";
    QTest::newRow("html 502")
        << 502 << QByteArray("text/html")
        << QByteArray(
               "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>")
        << Kind::ServerError << QString();
    QTest::newRow("html 503 no type")
        << 503 << QByteArray()
        << QByteArray("<!DOCTYPE html><html><title>Service Unavailable</title></html>")
        << Kind::ServerError << QString();
    QTest::newRow("empty 504") << 504 << QByteArray() << QByteArray() << Kind::ServerError
                               << QString();
    QTest::newRow("empty 401") << 401 << QByteArray() << QByteArray() << Kind::SessionExpired
                               << QString();
    QTest::newRow("huge plain text") << 500 << QByteArray("text/plain") << QByteArray(5000, 'x')
                                     << Kind::ServerError << QString();
    QTest::newRow("3xx") << 302 << QByteArray() << QByteArray() << Kind::UnexpectedResponse
                         << QString();
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, serverMessage);

    const ApiError error = ApiError::fromHttp(status, contentType, body);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverMessage(), serverMessage);
    QVERIFY(!error.userMessage().isEmpty());
    // A message is never an HTML dump.
    QVERIFY(!error.userMessage().contains(QLatin1Char('<')));
}

void TestApiError::knownServerMessagesAreTranslatedUnknownAreQuoted()
{
    const ApiError known = ApiError::fromHttp(
        422, "application/json", R"({"message":"Token already revoked.","type":"BusinessError"})");
    QCOMPARE(known.userMessage(), QStringLiteral("This token was already revoked."));

    const ApiError unknown = ApiError::fromHttp(
        422, "application/json", R"({"message":"Quota exceeded","type":"BusinessError"})");
    QVERIFY(unknown.userMessage().contains(QStringLiteral("“Quota exceeded”")));
    QVERIFY(unknown.userMessage().startsWith(QStringLiteral("The server refused the action.")));
}

void TestApiError::gateErrorKeepsIdForSupport()
{
    const ApiError error = ApiError::fromHttp(
        500, "application/json", R"({"id":"d6c1e4c2","message":"boom","type":"InternalError"})");
    QCOMPARE(error.serverErrorId(), QStringLiteral("d6c1e4c2"));
    QVERIFY(error.userMessage().contains(QStringLiteral("d6c1e4c2")));
    QVERIFY(error.logText().contains(QStringLiteral("d6c1e4c2")));
}

void TestApiError::outcomeUnknown()
{
    QVERIFY(ApiError(Kind::Timeout).outcomeUnknown());
    QVERIFY(ApiError(Kind::ConnectionLost).outcomeUnknown());
    QVERIFY(ApiError(Kind::ServerError, 502).outcomeUnknown());
    QVERIFY(!ApiError(Kind::NetworkUnreachable).outcomeUnknown());
    QVERIFY(!ApiError(Kind::Validation, 400).outcomeUnknown());
    QVERIFY(!ApiError(Kind::SessionExpired, 401).outcomeUnknown());
    QVERIFY(!ApiError(Kind::Tls).outcomeUnknown());
}

void TestApiError::everyKindHasAMessage()
{
    for (int k = int(Kind::NetworkUnreachable); k <= int(Kind::KeychainUnavailable); ++k) {
        const ApiError error(static_cast<Kind>(k));
        QVERIFY2(!error.userMessage().isEmpty(), qPrintable(ApiError::kindName(error.kind())));
        QVERIFY(ApiError::kindName(error.kind()) != QStringLiteral("unknown"));
    }
    QVERIFY(ApiError().userMessage().isEmpty());
}

void TestApiError::logTextIsOneBoundedLine()
{
    // Found by fuzzing: a server's text must not write lines of its own into our log.
    const ApiError error = ApiError::fromHttp(
        500, "application/json",
        R"({"id":"a\nFAKE charles.auth: signed in","message":"m","type":"","detail":"x\r\ny)" +
            QByteArray(1000, 'z') + R"("})");
    QCOMPARE(error.serverErrorId(), QStringLiteral("a\nFAKE charles.auth: signed in"));
    QVERIFY(!error.logText().contains(QLatin1Char('\n')));
    QVERIFY(!error.logText().contains(QLatin1Char('\r')));
    const ApiError longDetail(ApiError::Kind::ServerError, 500, {},
                              QString(5000, QLatin1Char('d')));
    QVERIFY(longDetail.logText().size() < 300);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
