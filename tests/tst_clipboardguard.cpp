// The clipboard guard: exactly the value, marked as secret, read back, counted down and
// cleared only while the clipboard still holds it; never logged.
#include "app/clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace charles;

namespace {

const QByteArray kValue = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_messages.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

QByteArray clipboardBytes(const QString &format = QStringLiteral("text/plain"))
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->data(format) : QByteArray();
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyIsByteExactAndMarkedSecret();
    void countdownClearsTheClipboard();
    void countdownAnnouncesEverySecond();
    void clipboardChangedMeanwhileIsLeftAlone();
    void clearNowLeavesForeignContentAlone();
    void quittingClearsTheClipboard();
    void clipboardThatDoesNotKeepTheValueIsReported();
    void copyByHandCanBeAdopted();
    void adoptRefusesWhatTheClipboardDoesNotHold();
    void secondCopyReplacesTheFirst();
    void clearDelayComesFromSettings_data();
    void clearDelayComesFromSettings();
    void valueNeverReachesTheLog();
};

void TestClipboardGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("charles-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clipboardguard"));
    QLoggingCategory::setFilterRules(QStringLiteral("charles.*=true"));
}

void TestClipboardGuard::init()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 1);
    QGuiApplication::clipboard()->clear();
}

void TestClipboardGuard::cleanup()
{
    QSettings().remove(ClipboardGuard::clearSecondsKey());
    QGuiApplication::clipboard()->clear();
}

void TestClipboardGuard::copyIsByteExactAndMarkedSecret()
{
    ClipboardGuard guard;
    QSignalSpy pending(&guard, &ClipboardGuard::pendingChanged);
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));

    QCOMPARE(clipboardBytes(), kValue);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(kValue));
    QCOMPARE(clipboardBytes(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->formats(),
        QStringList({QStringLiteral("text/plain"), QStringLiteral("x-kde-passwordManagerHint")}));
#endif
    QVERIFY(guard.hasPendingSecret());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().first().toBool(), true);
}

void TestClipboardGuard::countdownClearsTheClipboard()
{
    ClipboardGuard guard;
    QSignalSpy released(&guard, &ClipboardGuard::released);
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    QCOMPARE(guard.secondsLeft(), 1);

    QTRY_COMPARE(released.size(), 1);
    QCOMPARE(released.first().first().value<ClipboardGuard::Release>(),
             ClipboardGuard::Release::Cleared);
    QVERIFY(!guard.hasPendingSecret());
    QCOMPARE(guard.secondsLeft(), 0);
    QVERIFY(clipboardBytes().isEmpty());
}

void TestClipboardGuard::countdownAnnouncesEverySecond()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 2);
    ClipboardGuard guard;
    QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
    QSignalSpy released(&guard, &ClipboardGuard::released);
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    QCOMPARE(countdown.size(), 1);
    QCOMPARE(countdown.first().first().toInt(), 2);

    QTRY_COMPARE(released.size(), 1);
    QStringList seen;
    for (const auto &args : std::as_const(countdown))
        seen.append(args.first().toString());
    QCOMPARE(seen.mid(0, 2), QStringList({QStringLiteral("2"), QStringLiteral("1")}));
    QVERIFY(clipboardBytes().isEmpty());
}

void TestClipboardGuard::clipboardChangedMeanwhileIsLeftAlone()
{
    ClipboardGuard guard;
    QSignalSpy released(&guard, &ClipboardGuard::released);
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));

    // The admin copies something else before the countdown ends.
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.first().first().value<ClipboardGuard::Release>(),
             ClipboardGuard::Release::Replaced);
    QVERIFY(!guard.hasPendingSecret());

    // Nothing is left to clear: whatever the guard is asked, the admin's content stays.
    guard.clearNow();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestClipboardGuard::clearNowLeavesForeignContentAlone()
{
    ClipboardGuard guard;
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    // A change the guard does not hear about (another process on some platforms) is still
    // caught when the time comes: the guard compares before it clears.
    {
        const QSignalBlocker quiet(QGuiApplication::clipboard());
        QGuiApplication::clipboard()->setText(QStringLiteral("mine now"));
    }
    QSignalSpy released(&guard, &ClipboardGuard::released);
    guard.clearNow();
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.first().first().value<ClipboardGuard::Release>(),
             ClipboardGuard::Release::Replaced);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mine now"));
}

void TestClipboardGuard::quittingClearsTheClipboard()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 3600);
    ClipboardGuard guard;
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    QVERIFY(guard.hasPendingSecret());
    QCOMPARE(ClipboardGuard::quitWarning(),
             QStringLiteral("The copied token will be removed from the clipboard when you quit."));

    // What QCoreApplication::quit() emits before the event loop ends.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit",
                                      Qt::DirectConnection));
    QVERIFY(!guard.hasPendingSecret());
    QVERIFY(clipboardBytes().isEmpty());
}

void TestClipboardGuard::clipboardThatDoesNotKeepTheValueIsReported()
{
    // A clipboard manager that takes the content over at once, as some do.
    QClipboard *clipboard = QGuiApplication::clipboard();
    QMetaObject::Connection takeOver;
    takeOver = connect(clipboard, &QClipboard::dataChanged, this, [&] {
        disconnect(takeOver);
        clipboard->setText(QStringLiteral("manager's copy"));
    });

    ClipboardGuard guard;
    QVERIFY(!guard.copySecret(SecretValue(QByteArray(kValue))));
    QVERIFY(!guard.hasPendingSecret());
    QCOMPARE(clipboard->text(), QStringLiteral("manager's copy"));
}

void TestClipboardGuard::copyByHandCanBeAdopted()
{
    ClipboardGuard guard;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(kValue));
    QVERIFY(guard.adoptSecret(SecretValue(QByteArray(kValue))));
    QVERIFY(guard.hasPendingSecret());
    QTRY_VERIFY(!guard.hasPendingSecret());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestClipboardGuard::adoptRefusesWhatTheClipboardDoesNotHold()
{
    ClipboardGuard guard;
    QGuiApplication::clipboard()->setText(QStringLiteral("not the value"));
    QVERIFY(!guard.adoptSecret(SecretValue(QByteArray(kValue))));
    QVERIFY(!guard.hasPendingSecret());
}

void TestClipboardGuard::secondCopyReplacesTheFirst()
{
    ClipboardGuard guard;
    QSignalSpy released(&guard, &ClipboardGuard::released);
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    const QByteArray other = QByteArrayLiteral("ffffffffffffffffffffffffffffffff");
    QVERIFY(guard.copySecret(SecretValue(QByteArray(other))));
    QCOMPARE(released.size(), 1);
    QCOMPARE(clipboardBytes(), other);
    QVERIFY(guard.hasPendingSecret());
    QTRY_VERIFY(!guard.hasPendingSecret());
    QVERIFY(clipboardBytes().isEmpty());
}

void TestClipboardGuard::clearDelayComesFromSettings_data()
{
    QTest::addColumn<QVariant>("setting");
    QTest::addColumn<int>("seconds");
    QTest::newRow("unset") << QVariant() << 30;
    QTest::newRow("five") << QVariant(5) << 5;
    QTest::newRow("text") << QVariant(QStringLiteral("12")) << 12;
    QTest::newRow("zero") << QVariant(0) << 30;
    QTest::newRow("negative") << QVariant(-4) << 30;
    QTest::newRow("garbage") << QVariant(QStringLiteral("soon")) << 30;
}

void TestClipboardGuard::clearDelayComesFromSettings()
{
    QFETCH(QVariant, setting);
    QFETCH(int, seconds);
    if (setting.isValid())
        QSettings().setValue(ClipboardGuard::clearSecondsKey(), setting);
    else
        QSettings().remove(ClipboardGuard::clearSecondsKey());
    QCOMPARE(ClipboardGuard::configuredClearSeconds(), seconds);

    ClipboardGuard guard;
    QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
    QCOMPARE(guard.secondsLeft(), seconds);
    guard.clearNow();
}

void TestClipboardGuard::valueNeverReachesTheLog()
{
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(recordMessage);
    {
        ClipboardGuard guard;
        QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
        QGuiApplication::clipboard()->setText(QStringLiteral("x"));
        QVERIFY(guard.copySecret(SecretValue(QByteArray(kValue))));
        QTRY_VERIFY(!guard.hasPendingSecret());
    }
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(!g_messages.isEmpty()); // the guard does log what it does
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QString::fromLatin1(kValue)), qPrintable(message));
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
