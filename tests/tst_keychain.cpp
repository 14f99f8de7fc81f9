// The QtKeychain store against a real Secret Service (gnome-keyring in a private D-Bus
// session, started by tests/run.sh), and without any backend at all.
#include "core/keychainstore.h"

#include <QTest>

using namespace charles;

// With a Secret Service.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void missingEntryIsNotAnError();
};

// With no D-Bus at all (CHARLES_KEYCHAIN_EXPECT=none).
class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBackendIsAClearNonFatalError();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through tests/run.sh, which starts one with "
              "gnome-keyring in it.");
}

void TestKeychain::writeReadRemove()
{
    KeychainStore store(QStringLiteral("charles-tokens-test"));
    const QString key = QStringLiteral("http://127.0.0.1:1|charlescd|charlescd-client|ada");
    std::optional<ApiError> written;
    store.write(key, SecretValue("refresh.token.value"), this,
                [&](const ApiError &e) { written = e; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(!written->isError(), qPrintable(written->logText()));

    std::optional<QByteArray> readBack;
    store.read(key, this, [&](SecretValue v, const ApiError &e) {
        QVERIFY(!e.isError());
        readBack = v.bytes();
    });
    QTRY_VERIFY_WITH_TIMEOUT(readBack.has_value(), 10000);
    QCOMPARE(*readBack, QByteArray("refresh.token.value"));

    std::optional<ApiError> removed;
    store.remove(key, this, [&](const ApiError &e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QVERIFY(!removed->isError());

    std::optional<bool> emptyAfter;
    store.read(key, this,
               [&](SecretValue v, const ApiError &e) { emptyAfter = v.isEmpty() && !e.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(emptyAfter.has_value(), 10000);
    QVERIFY(*emptyAfter);
}

void TestKeychain::missingEntryIsNotAnError()
{
    KeychainStore store(QStringLiteral("charles-tokens-test"));
    std::optional<ApiError> error;
    bool empty = false;
    store.read(QStringLiteral("never-written"), this, [&](SecretValue v, const ApiError &e) {
        empty = v.isEmpty();
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QVERIFY(!error->isError());
    QVERIFY(empty);
    // Deleting what is not there is fine too.
    std::optional<ApiError> removed;
    store.remove(QStringLiteral("never-written"), this, [&](const ApiError &e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QVERIFY(!removed->isError());
}

void TestNoKeychain::noBackendIsAClearNonFatalError()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    KeychainStore store(QStringLiteral("charles-tokens-test"));
    std::optional<ApiError> error;
    store.write(QStringLiteral("k"), SecretValue("v"), this, [&](const ApiError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(error->kind(), ApiError::Kind::KeychainUnavailable);
    QVERIFY(error->userMessage().contains(QStringLiteral("keychain")));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("CHARLES_KEYCHAIN_EXPECT") == QLatin1String("none")) {
        TestNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychain.moc"
