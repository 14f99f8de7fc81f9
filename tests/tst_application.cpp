// The whole application in demo mode, driven as an admin would through the main window's
// actions: create, copy, regenerate, revoke and compare, with the requests each costs; and,
// with every logging category at debug, proof that no token value, password or refresh
// token reaches a log, a setting, a file of the application, a title or an accessible name.
#include "app/application.h"
#include "app/clipboardguard.h"
#include "app/comparisonwindow.h"
#include "app/confirmations.h"
#include "app/createtokenwizard.h"
#include "app/mainwindow.h"
#include "app/tokenactions.h"
#include "app/tokenvaluedialog.h"
#include "core/session.h"
#include "core/tokenlistmodel.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUrlQuery>

using namespace charles;

namespace {

QString g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
        message + QLatin1Char('\n');
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const QString kListPath = QStringLiteral("^/gate/api/v1/system-token$");

// The demo's simulator, read and changed on its own thread.
class DemoSimulator
{
public:
    explicit DemoSimulator(sim::SimulatorThread *thread) : m_thread(thread) { }
    int requestCount(const QByteArray &method, const QString &pathRegex) const
    {
        return m_thread->with(
            [&](sim::Simulator &sim) { return sim.requestCount(method, pathRegex); });
    }
    QList<sim::RecordedRequest> requests() const
    {
        return m_thread->with([](sim::Simulator &sim) { return sim.requests(); });
    }
    void clearRequests() const
    {
        m_thread->with([](sim::Simulator &sim) { sim.clearRequests(); });
    }
    bool isTokenValueValid(const QString &id, const QByteArray &value) const
    {
        return m_thread->with(
            [&](sim::Simulator &sim) { return sim.isTokenValueValid(id, value); });
    }
    bool revokeToken(const QString &id) const
    {
        return m_thread->with([&](sim::Simulator &sim) { return sim.revokeToken(id); });
    }
    void setLatency(int ms) const
    {
        m_thread->with([ms](sim::Simulator &sim) { sim.setLatency(ms); });
    }

private:
    sim::SimulatorThread *m_thread;
};

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createRegenerateRevokeThroughTheWindow();
    void sideBySideMarksDifferencesAndFollowsRevokes();
    void noSecretIsLeftAnywhere();
    void quittingWhileACreateWaitsAsksFirst();
    void waitingIsSaidOnlyOnceTheCallWentOut();

private:
    QMessageBox *activeBox() const
    {
        return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    }
    bool confirm(const QString &boxName);
    QString createThroughTheWizard(const QString &name);
    QString takeValueFromTheDialog();
    void startDemo();
    DemoSimulator demoSimulator() const { return DemoSimulator(m_app->simulator()); }

    std::unique_ptr<Application> m_app;
    QStringList m_secrets; // every value that must never be found
};

void TestApplication::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CharlesCD"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_application"));
    QLoggingCategory::setFilterRules(QStringLiteral("charles.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestApplication::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("search/debounceMs"), 20);
    settings.setValue(ClipboardGuard::clearSecondsKey(), 2);
}

void TestApplication::cleanup()
{
    m_app.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void TestApplication::startDemo()
{
    CommandLineOptions options;
    options.demo = true;
    m_app = std::make_unique<Application>(options);
    m_app->start();
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 0);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    m_secrets.append(sim::Simulator::rootPassword());
}

bool TestApplication::confirm(const QString &boxName)
{
    if (!QTest::qWaitFor([&] { return activeBox() && activeBox()->objectName() == boxName; }))
        return false;
    auto *button = activeBox()->findChild<QPushButton *>(Confirmations::confirmButtonName());
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QString TestApplication::takeValueFromTheDialog()
{
    TokenActions *actions = m_app->tokenActions();
    if (!QTest::qWaitFor([&] { return actions->valueDialog() != nullptr; }))
        return {};
    TokenValueDialog *dialog = actions->valueDialog();
    // A deep copy: closing the dialog overwrites the field's buffer, and with it every
    // shallow copy of the text.
    const QString shown = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text();
    const QString value(shown.unicode(), shown.size());
    m_secrets.append(value);
    // No window title, tooltip or accessible text shows the value while it is on screen.
    for (QWidget *widget : QApplication::allWidgets()) {
        const QStringList texts = {widget->windowTitle(),
                                   widget->toolTip(),
                                   widget->statusTip(),
                                   widget->accessibleName(),
                                   widget->accessibleDescription(),
                                   widget->whatsThis()};
        for (const QString &text : texts) {
            if (text.contains(value))
                qWarning() << "the value shows in" << widget->objectName();
            if (text.contains(value))
                return {};
        }
    }
    dialog->copyValue();
    QTest::keyClick(dialog, Qt::Key_Escape); // copied: no question
    if (!QTest::qWaitFor([&] { return actions->valueDialog() == nullptr; }))
        return {};
    return value;
}

QString TestApplication::createThroughTheWizard(const QString &name)
{
    MainWindow *window = m_app->mainWindow();
    window->newTokenAction()->trigger();
    CreateTokenWizard *wizard = m_app->tokenActions()->wizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return {};
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    wizard->next();
    wizard->findChild<QRadioButton *>(QStringLiteral("allRadio"))->click();
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("deployCheck"))->click();
    wizard->next();
    if (wizard->currentId() != int(CreateTokenWizard::ReviewPageId))
        return {};
    // The workspace page loaded once when shown; wait for it before counting.
    if (!QTest::qWaitFor([&] {
            return demoSimulator().requestCount("GET", QStringLiteral("^/moove/v2/workspaces")) > 0;
        }))
        return {};
    QTest::qWait(50);
    demoSimulator().clearRequests();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    return takeValueFromTheDialog();
}

void TestApplication::createRegenerateRevokeThroughTheWindow()
{
    startDemo();
    const DemoSimulator sim = demoSimulator();
    MainWindow *window = m_app->mainWindow();
    TokenListModel *model = m_app->tokenModel();
    const int rowsBefore = model->rowCount();

    // Create: one request, the new row shows and is current, no list reload.
    const QString created = createThroughTheWizard(QStringLiteral("pipeline-from-the-window"));
    QCOMPARE(created.size(), 32);
    // One create; the only other request is the details pane reading the new token.
    QCOMPARE(sim.requestCount("POST", kListPath), 1);
    QCOMPARE(sim.requests().size(),
             sim.requestCount("GET", QStringLiteral("^/gate/api/v1/system-token/")) + 1);
    QTRY_COMPARE(model->rowCount(), rowsBefore + 1);
    const QString id = window->currentTokenId();
    QCOMPARE(window->currentToken()->name, QStringLiteral("pipeline-from-the-window"));
    QVERIFY(sim.isTokenValueValid(id, created.toLatin1()));
    QCOMPARE(sim.requestCount("GET", kListPath), 0);

    // Regenerate the current token: one PUT, a new value, the old one dead.
    QTRY_VERIFY(window->regenerateAction()->isEnabled());
    sim.clearRequests();
    window->regenerateAction()->trigger();
    QVERIFY(confirm(Confirmations::regenerateBoxName()));
    const QString regenerated = takeValueFromTheDialog();
    QCOMPARE(regenerated.size(), 32);
    QVERIFY(regenerated != created);
    QVERIFY(sim.isTokenValueValid(id, regenerated.toLatin1()));
    QVERIFY(!sim.isTokenValueValid(id, created.toLatin1()));
    QCOMPARE(sim.requestCount("PUT", QStringLiteral("/regenerate$")), 1);
    QCOMPARE(sim.requestCount("GET", kListPath), 0);

    // Delete on the list revokes, after the confirmation; the row and its details go.
    QTRY_VERIFY(window->revokeAction()->isEnabled());
    sim.clearRequests();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->tokenView()->setFocus();
    QTRY_VERIFY(window->tokenView()->hasFocus());
    QTest::keyClick(window->tokenView(), Qt::Key_Delete);
    QVERIFY(confirm(Confirmations::revokeBoxName()));
    QTRY_COMPARE(model->rowOf(id), -1);
    QTRY_VERIFY(window->currentTokenId() != id);
    QCOMPARE(sim.requestCount("POST", QStringLiteral("/revoke$")), 1);
    QCOMPARE(sim.requestCount("GET", kListPath), 0);
    QCOMPARE(model->rowCount(), rowsBefore);
}

void TestApplication::sideBySideMarksDifferencesAndFollowsRevokes()
{
    startDemo();
    MainWindow *window = m_app->mainWindow();
    TokenListModel *model = m_app->tokenModel();
    const QString first = model->index(0).data(TokenListModel::IdRole).toString();
    const QString second = model->index(1).data(TokenListModel::IdRole).toString();

    QVERIFY(window->selectToken(first));
    QTRY_VERIFY(window->sideBySideAction()->isEnabled());
    window->sideBySideAction()->trigger();
    QVERIFY(window->selectToken(second));
    window->sideBySideAction()->trigger();
    ComparisonWindow *comparison = m_app->comparisonWindow();
    QVERIFY(comparison);
    QVERIFY(comparison->isVisible());
    QCOMPARE(comparison->tokenIds(), (QStringList {first, second}));
    QVERIFY(comparison->rowDiffers(ComparisonWindow::NameRow));
    QCOMPARE(comparison->cellText(ComparisonWindow::NameRow, 1), model->index(1).data().toString());

    // Opening the same token again adds no column.
    window->sideBySideAction()->trigger();
    QCOMPARE(comparison->tokenIds().size(), 2);

    // A token revoked from the window leaves the comparison too.
    window->revokeAction()->trigger();
    QVERIFY(confirm(Confirmations::revokeBoxName()));
    QTRY_COMPARE(comparison->tokenIds(), QStringList {first});

    // A token another admin revoked leaves it when refreshed.
    QVERIFY(demoSimulator().revokeToken(first));
    QVERIFY(window->selectToken(first));
    window->sideBySideAction()->trigger();
    QTRY_VERIFY(comparison->tokenIds().isEmpty());
    QTRY_COMPARE(model->rowOf(first), -1);
}

void TestApplication::noSecretIsLeftAnywhere()
{
    g_log.clear();
    startDemo();
    const DemoSimulator sim = demoSimulator();
    Session *session = m_app->session();

    const QString created = createThroughTheWizard(QStringLiteral("leak-check"));
    QCOMPARE(created.size(), 32);
    m_app->mainWindow()->regenerateAction()->trigger();
    QVERIFY(confirm(Confirmations::regenerateBoxName()));
    QCOMPARE(takeValueFromTheDialog().size(), 32);

    // A refresh and a sign-out put the refresh tokens on the wire (and so, in the
    // simulator's request log, where this test reads them).
    QSignalSpy renewed(session, &Session::renewed);
    session->renew();
    QTRY_COMPARE(renewed.size(), 1);
    m_secrets.append(QString::fromLatin1(session->authorizationHeader().mid(7)));
    session->signOut();
    QTRY_VERIFY(sim.requestCount("POST", QStringLiteral("/logout$")) == 1);
    for (const auto &request : sim.requests()) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"));
        if (!refresh.isEmpty())
            m_secrets.append(refresh);
    }
    QVERIFY(m_secrets.size() >= 6); // password, 2 values, access token, 2 refresh tokens
    m_app.reset();

    // Everything the application could have written.
    QStringList haystacks = {g_log};
    QStringList places = {QStringLiteral("log")};
    QStringList folders;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::AppLocalDataLocation}) {
        folders.append(QStandardPaths::writableLocation(location));
    }
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QStringList files = {settings.fileName()};
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.removeDuplicates();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.size() > 8 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        haystacks.append(QString::fromUtf8(file.readAll()));
        places.append(path);
    }
    QVERIFY(g_log.contains(QStringLiteral("charles.api"))); // debug logging was on

    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(secret.size() >= 12 && !secret.contains(QChar(0)));
        for (int i = 0; i < haystacks.size(); ++i)
            QVERIFY2(!haystacks.at(i).contains(secret),
                     qPrintable(QStringLiteral("a secret is in %1").arg(places.at(i))));
    }
}

void TestApplication::quittingWhileACreateWaitsAsksFirst()
{
    startDemo();
    MainWindow *window = m_app->mainWindow();
    window->newTokenAction()->trigger();
    CreateTokenWizard *wizard = m_app->tokenActions()->wizard();
    QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("slow"));
    wizard->next();
    wizard->findChild<QRadioButton *>(QStringLiteral("allRadio"))->click();
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("deployCheck"))->click();
    wizard->next();
    demoSimulator().setLatency(800);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(m_app->tokenActions()->isWaitingForServer());

    // Ctrl+Q while the server mints the value: asked, and "Stay" keeps everything.
    window->quitAction()->trigger();
    QVERIFY(window->isVisible());
    QTRY_VERIFY(activeBox() &&
                activeBox()->objectName() == QLatin1String("quitWithSecretQuestion"));
    QVERIFY(activeBox()->text().contains(QStringLiteral("waiting for the server")));
    QTest::keyClick(activeBox(), Qt::Key_Escape);
    QTRY_VERIFY(m_app->tokenActions()->valueDialog());
    demoSimulator().setLatency(0);
    QCOMPARE(takeValueFromTheDialog().size(), 32);
}

void TestApplication::waitingIsSaidOnlyOnceTheCallWentOut()
{
    startDemo();
    MainWindow *window = m_app->mainWindow();
    TokenListModel *model = m_app->tokenModel();
    const QString id = model->tokenAt(1)->id;
    QVERIFY(window->selectToken(id));
    const QString waiting = QStringLiteral("Waiting for the server…");

    // The confirmation is open: nothing was sent, nothing is awaited.
    window->revokeAction()->trigger();
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::revokeBoxName());
    QVERIFY(!window->revokeAction()->isEnabled());
    QVERIFY(window->statusBar()->currentMessage() != waiting);

    // Confirmed, with a slow server: now the window says it waits.
    demoSimulator().setLatency(600);
    QVERIFY(confirm(Confirmations::revokeBoxName()));
    QTRY_COMPARE(window->statusBar()->currentMessage(), waiting);
    demoSimulator().setLatency(0);
    QTRY_COMPARE(model->rowOf(id), -1);
    QVERIFY(window->statusBar()->currentMessage() != waiting);

    // Cancelled: never said.
    const QString other = model->tokenAt(1)->id;
    QVERIFY(window->selectToken(other));
    window->regenerateAction()->trigger();
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::regenerateBoxName());
    QVERIFY(window->statusBar()->currentMessage() != waiting);
    QTest::keyClick(activeBox(), Qt::Key_Escape);
    QTRY_VERIFY(window->regenerateAction()->isEnabled());
    QVERIFY(window->statusBar()->currentMessage() != waiting);
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
