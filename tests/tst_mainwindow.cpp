// The main window driven through the Application, as the admin would: sign in through the
// dialog against an in-process simulator on 127.0.0.1, then the list, search, paging,
// details, errors with Retry, F5, the status bar, expiry and sign-out.

#include "app/application.h"
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/profilestore.h"
#include "app/signindialog.h"
#include "app/tokendetailswidget.h"
#include "core/keychainstore.h"
#include "core/session.h"
#include "core/tokenlistmodel.h"
#include "core/transport.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace charles;

namespace {

const QString kListPath = QStringLiteral("^/gate/api/v1/system-token$");

QString gateErrorBody(const QString &message, const QString &type)
{
    return QStringLiteral(R"({"id":"7d0c6a36-2f55-4f0a-8d1c-3a2b1c0d9e8f","message":"%1",)"
                          R"("detail":"","type":"%2","timestamp":"1619532192"})")
        .arg(message, type);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInShowsTheList();
    void statusBarSaysWhoIsSignedIn();
    void searchNarrowsTheList();
    void emptySearchSaysSo();
    void scrollingLoadsTheNextPage();
    void tallViewFetchesUntilFilled();
    void detailsShowWhatTheServerSent();
    void detailsFormWaitsForTheFirstToken();
    void preferencesApplyToTheSearchAtOnce();
    void actionsShowTheirPicturesInTheToolBarOnly();
    void keepSignedInIsDroppedWhenNothingCouldBeKept();
    void detailsOfAGoneTokenRemoveTheRow();
    void serverErrorShowsErrorAndRetryRecovers();
    void f5Refreshes();
    void expiredSessionAsksAgainAndResumes();
    void signOutClearsAndAsksToSignIn();
    void demoModeSignsInByItself();
    void demoWhoseServerCannotListenSaysSo();
    void demoClosedBeforeItsServerIsReady();
    void aVeryLongSearchDoesNotWidenTheWindow();

private:
    void startAndSignIn();
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_app->mainWindow()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QWidget *currentStatePage() const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<Application> m_app;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CharlesCD"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("search/debounceMs"), 20);
    // A known size, so that pages and viewport heights are predictable.
    settings.setValue(QStringLiteral("mainWindow/geometry"), QByteArray());

    sim::SeedOptions seed;
    seed.tokens = 120;
    seed.workspaces = 6;
    m_sim = std::make_unique<sim::Simulator>(seed);
    QVERIFY(m_sim->listen() != 0);
}

void TestMainWindow::cleanup()
{
    m_app.reset();
    m_sim.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void TestMainWindow::startAndSignIn()
{
    CommandLineOptions options;
    options.server = m_sim->baseUrl();
    options.user = sim::Simulator::rootUserName();
    m_app = std::make_unique<Application>(options);
    m_app->start();

    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userField"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"));
    QVERIFY(user && password);
    QCOMPARE(user->text(), sim::Simulator::rootUserName());
    password->setText(sim::Simulator::rootPassword());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);

    MainWindow *window = m_app->mainWindow();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(!m_app->signInDialog());
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 0);
}

QWidget *TestMainWindow::currentStatePage() const
{
    return child<QStackedWidget>("stateStack")->currentWidget();
}

void TestMainWindow::signInShowsTheList()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Charles System Tokens"));
    QCOMPARE(currentStatePage()->objectName(), QStringLiteral("listPage"));
    QCOMPARE(window->tokenView()->model(), m_app->tokenModel());
    QCOMPARE(m_app->tokenModel()->rowCount(), m_app->tokenModel()->pageSize());

    // The second line of a row is the quieter detail text.
    const QModelIndex first = m_app->tokenModel()->index(0);
    QVERIFY(!first.data(TokenListModel::DetailLineRole).toString().isEmpty());
    QVERIFY(window->tokenView()->visualRect(first).height() >
            window->tokenView()->fontMetrics().height() * 3 / 2);
}

void TestMainWindow::preferencesApplyToTheSearchAtOnce()
{
    startAndSignIn();
    TokenListModel *model = m_app->tokenModel();
    QCOMPARE(model->debounceInterval(), 20); // from the settings, at start-up

    auto *action = child<QAction>("preferencesAction");
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    action->trigger();
    auto *dialog = m_app->mainWindow()->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isModal()); // the menu that opened it waits

    dialog->findChild<QSpinBox *>(QStringLiteral("searchSpin"))->setValue(700);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(model->debounceInterval(), 700);
    QCOMPARE(QSettings().value(PreferencesDialog::searchDelayKey()).toInt(), 700);
    QTRY_VERIFY(!m_app->mainWindow()->findChild<PreferencesDialog *>());

    // Cancelled: neither the search nor the settings change.
    action->trigger();
    dialog = m_app->mainWindow()->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QSpinBox *>(QStringLiteral("searchSpin"))->setValue(0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_app->mainWindow()->findChild<PreferencesDialog *>());
    QCOMPARE(model->debounceInterval(), 700);
    QCOMPARE(QSettings().value(PreferencesDialog::searchDelayKey()).toInt(), 700);
}

void TestMainWindow::statusBarSaysWhoIsSignedIn()
{
    startAndSignIn();
    const QString server = m_app->session()->profile().label();
    QCOMPARE(child<QLabel>("statusLabel")->text(),
             QStringLiteral("Signed in as %1 (%2) to %3")
                 .arg(sim::SimUsers::rootName(), sim::Simulator::rootEmail(), server));
}

void TestMainWindow::searchNarrowsTheList()
{
    const QString id = m_sim->addToken(QStringLiteral("zebra-pipeline"),
                                       {QStringLiteral("deploy_write")}, {}, true);
    QVERIFY(!id.isEmpty());
    startAndSignIn();

    const int before = m_sim->requestCount("GET", kListPath);
    auto *search = child<QLineEdit>("searchField");
    QTest::keyClicks(search, QStringLiteral("zebra-pipe"));
    QTRY_COMPARE(m_app->tokenModel()->rowCount(), 1);
    QCOMPARE(m_app->tokenModel()->tokenAt(0)->id, id);
    // Typing a word costs one request, not one per key.
    QCOMPARE(m_sim->requestCount("GET", kListPath), before + 1);
    QCOMPARE(m_sim->requests().constLast().query.queryItemValue(QStringLiteral("name")),
             QStringLiteral("zebra-pipe"));

    // Clearing the search brings the whole list back.
    search->clear();
    QTRY_COMPARE(m_app->tokenModel()->rowCount(), m_app->tokenModel()->pageSize());
}

void TestMainWindow::emptySearchSaysSo()
{
    startAndSignIn();
    auto *search = child<QLineEdit>("searchField");
    search->setText(QStringLiteral("no-such-token-anywhere"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(currentStatePage()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(child<QLabel>("emptyLabel")->text().contains(QStringLiteral("no-such-token-anywhere")));
}

void TestMainWindow::scrollingLoadsTheNextPage()
{
    startAndSignIn();
    TokenListModel *model = m_app->tokenModel();
    const int pageSize = model->pageSize();
    QCOMPARE(model->rowCount(), pageSize);

    QScrollBar *bar = m_app->mainWindow()->tokenView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTRY_COMPARE(model->rowCount(), 2 * pageSize);
    QCOMPARE(m_sim->requests().constLast().query.queryItemValue(QStringLiteral("page")),
             QStringLiteral("1"));
}

void TestMainWindow::tallViewFetchesUntilFilled()
{
    CommandLineOptions options;
    options.server = m_sim->baseUrl();
    options.user = sim::Simulator::rootUserName();
    m_app = std::make_unique<Application>(options);
    // Pages far shorter than the view: the view keeps asking until it is filled.
    m_app->tokenModel()->setPageSize(3);
    m_app->start();
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))
        ->setText(sim::Simulator::rootPassword());
    dialog->submit();
    QTRY_VERIFY(m_app->mainWindow()->isVisible());

    QListView *view = m_app->mainWindow()->tokenView();
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 3);
    QTRY_VERIFY(!m_app->tokenModel()->isLoading());
    // Filled: the last row (the last one by then: pages may still arrive) reaches the bottom
    // of the viewport.
    const auto lastRow = [this] {
        return m_app->tokenModel()->index(m_app->tokenModel()->rowCount() - 1);
    };
    QTRY_VERIFY(view->visualRect(lastRow()).bottom() >= view->viewport()->height() ||
                m_app->tokenModel()->isExhausted());
}

void TestMainWindow::detailsFormWaitsForTheFirstToken()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    auto *pane = child<TokenDetailsWidget>("detailsPane");
    // Only the placeholder until a token is shown: no scopes table built at start-up.
    QVERIFY(!pane->findChild<QTableWidget *>());
    auto *placeholder = pane->findChild<QLabel *>(QStringLiteral("placeholderLabel"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select a token to see its details."));
    QCOMPARE(pane->accessibleName(), QStringLiteral("Token details"));
    pane->clear(); // nothing to clear yet: no harm

    const SystemToken listed = *m_app->tokenModel()->tokenAt(0);
    window->tokenView()->setCurrentIndex(m_app->tokenModel()->index(0));
    QTRY_COMPARE(child<QLabel>("nameLabel")->text(), listed.name);
    QVERIFY(pane->findChild<QTableWidget *>(QStringLiteral("scopesTable"))->isVisible());
    // The buttons under the details carry the window's actions.
    auto *revoke = pane->findChild<QToolButton *>(QStringLiteral("revokeButton"));
    QVERIFY(revoke);
    QCOMPARE(revoke->defaultAction(), window->revokeAction());
    QVERIFY(revoke->isVisible());

    // Back to the placeholder, the only one.
    pane->clear();
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("placeholderLabel"))->isVisible());
}

void TestMainWindow::actionsShowTheirPicturesInTheToolBarOnly()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const QList<QAction *> actions {window->newTokenAction(), window->revokeAction(),
                                    window->regenerateAction(), window->sideBySideAction(),
                                    window->refreshAction()};
    QList<QImage> pictures;
    for (QAction *action : actions) {
        QVERIFY(!action->icon().isNull());
        // Monochrome in the text colour: a menu's highlighted row would swallow them.
        QVERIFY(!action->isIconVisibleInMenu());
        pictures.append(action->icon().pixmap(QSize(22, 22)).toImage());
    }
    // Regenerate and Refresh sit side by side in the tool bar: five different pictures.
    for (int i = 0; i < pictures.size(); ++i)
        for (int j = i + 1; j < pictures.size(); ++j)
            QVERIFY2(pictures.at(i) != pictures.at(j),
                     qPrintable(actions.at(i)->objectName() + u' ' + actions.at(j)->objectName()));
}

void TestMainWindow::keepSignedInIsDroppedWhenNothingCouldBeKept()
{
    MemorySecretStore store;
    store.setUnavailable(true); // as with no keychain service at all
    CommandLineOptions options;
    options.server = m_sim->baseUrl();
    options.user = sim::Simulator::rootUserName();
    m_app = std::make_unique<Application>(options);
    m_app->setSecretStore(&store);
    m_app->start();
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))
        ->setText(sim::Simulator::rootPassword());
    auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"));
    QVERIFY(keep);
    keep->setChecked(true);
    dialog->submit();
    QTRY_VERIFY(m_app->session()->isSignedIn());

    // Signed in all the same, told that the session could not be kept, and not kept.
    const QString warning = ApiError(ApiError::Kind::KeychainUnavailable).userMessage();
    QTRY_COMPARE(m_app->mainWindow()->statusBar()->currentMessage(), warning);
    const QString label = m_app->session()->profile().label();
    QCOMPARE(m_app->profileStore()->lastAccount(label), sim::Simulator::rootUserName());
    QVERIFY(!m_app->profileStore()->keepSignedIn(label));

    // The next start asks for the password, the box not ticked.
    m_app.reset();
    m_app = std::make_unique<Application>(CommandLineOptions {});
    m_app->setSecretStore(&store);
    m_app->start();
    QVERIFY(m_app->signInDialog());
    QVERIFY(!m_app->signInDialog()
                 ->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"))
                 ->isChecked());
}

void TestMainWindow::detailsShowWhatTheServerSent()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const SystemToken listed = *m_app->tokenModel()->tokenAt(2);
    const QString detailPath = QStringLiteral("^/gate/api/v1/system-token/%1$").arg(listed.id);

    // The server's copy changed since the list was loaded: the details show the server's.
    m_sim->addFault({"GET", detailPath, sim::Fault::Action::Respond, 200, "application/json",
                     QStringLiteral(R"({"id":"%1","name":"renamed-on-server",)"
                                    R"("permissions":["modules_read","hypothesis_read"],)"
                                    R"("workspaces":null,"allWorkspaces":true,"revoked":false,)"
                                    R"("created_at":"2021-04-27T14:03:12.123456789Z",)"
                                    R"("revoked_at":null,"last_used_at":null,)"
                                    R"("author":"someone@charles.example"})")
                         .arg(listed.id)
                         .toUtf8(),
                     0, 1});

    window->tokenView()->setCurrentIndex(m_app->tokenModel()->index(2));
    QCOMPARE(window->currentTokenId(), listed.id);
    auto *pane = child<TokenDetailsWidget>("detailsPane");
    QTRY_COMPARE(child<QLabel>("nameLabel")->text(), QStringLiteral("renamed-on-server"));
    QCOMPARE(m_sim->requestCount("GET", detailPath), 1);
    QVERIFY(
        child<QLabel>("authorLabel")->text().contains(QStringLiteral("someone@charles.example")));
    QCOMPARE(child<QLabel>("lastUsedLabel")->text(),
             QStringLiteral("This token has not been used yet"));
    QCOMPARE(child<QLabel>("workspacesLabel")->text(),
             QStringLiteral("All workspaces, including new ones"));
    auto *scopes = pane->findChild<QTableWidget *>(QStringLiteral("scopesTable"));
    QVERIFY(scopes);
    QCOMPARE(scopes->rowCount(), 2);
    QCOMPARE(scopes->item(0, 0)->text(), QStringLiteral("Modules"));
    QCOMPARE(scopes->item(0, 1)->text(), QStringLiteral("Read"));
    QCOMPARE(scopes->item(1, 0)->text(), QStringLiteral("hypothesis_read"));
    // The list row follows what the server said.
    QCOMPARE(m_app->tokenModel()->tokenAt(2)->name, QStringLiteral("renamed-on-server"));
}

void TestMainWindow::detailsOfAGoneTokenRemoveTheRow()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const QString id = m_app->tokenModel()->tokenAt(1)->id;
    const int rows = m_app->tokenModel()->rowCount();
    m_sim->addFault(
        {"GET", QStringLiteral("^/gate/api/v1/system-token/%1$").arg(id),
         sim::Fault::Action::Respond, 404, "application/json",
         gateErrorBody(QStringLiteral("Token not found"), QStringLiteral("NotFoundError")).toUtf8(),
         0, 1});

    window->tokenView()->setCurrentIndex(m_app->tokenModel()->index(1));
    auto *pane = child<TokenDetailsWidget>("detailsPane");
    QTRY_VERIFY(pane->isGone());
    QVERIFY(child<QLabel>("noticeLabel")->text().contains(QStringLiteral("no longer exists")));
    QCOMPARE(m_app->tokenModel()->rowCount(), rows - 1);
    QCOMPARE(m_app->tokenModel()->rowOf(id), -1);
    // The message stays; no neighbour took its place.
    QCOMPARE(pane->token().id, id);
}

void TestMainWindow::serverErrorShowsErrorAndRetryRecovers()
{
    startAndSignIn();
    m_sim->addFault({"GET", kListPath, sim::Fault::Action::Respond, 500, "application/json",
                     gateErrorBody(QStringLiteral("boom"), QString()).toUtf8(), 0, 1});
    m_app->mainWindow()->refreshAction()->trigger();

    QTRY_COMPARE(currentStatePage()->objectName(), QStringLiteral("errorPage"));
    QCOMPARE(child<QLabel>("errorLabel")->text(), m_app->tokenModel()->lastError().userMessage());
    QVERIFY(child<QLabel>("errorLabel")->text().contains(QStringLiteral("500")));

    auto *retry = child<QPushButton>("retryButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(currentStatePage()->objectName(), QStringLiteral("listPage"));
    QTRY_COMPARE(m_app->tokenModel()->rowCount(), m_app->tokenModel()->pageSize());
}

void TestMainWindow::f5Refreshes()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->tokenView()->setFocus();

    const int before = m_sim->requestCount("GET", kListPath);
    const QString added =
        m_sim->addToken(QStringLiteral("aaa-fresh"), {QStringLiteral("deploy_write")}, {}, true);
    QTest::keyClick(window->tokenView(), Qt::Key_F5);
    QTRY_COMPARE(m_sim->requestCount("GET", kListPath), before + 1);
    // Newest first: the token created meanwhile is now on top.
    QTRY_COMPARE(m_app->tokenModel()->rowOf(added), 0);
}

void TestMainWindow::expiredSessionAsksAgainAndResumes()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const int rows = m_app->tokenModel()->rowCount();

    // Keycloak forgets everything: the next call gets 401, the renewal fails.
    m_sim->expireAccessTokens();
    m_sim->endSessions();
    QScrollBar *bar = window->tokenView()->verticalScrollBar();
    bar->setValue(bar->maximum());

    QTRY_VERIFY(m_app->signInDialog());
    SignInDialog *dialog = m_app->signInDialog();
    QCOMPARE(dialog->mode(), SignInDialog::Mode::Reauthenticate);
    QCOMPARE(dialog->parentWidget(), window);
    QVERIFY(window->isVisible());
    // The window stays as it was.
    QCOMPARE(m_app->tokenModel()->rowCount(), rows);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlField"))->isEnabled());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userField"))->text(),
             sim::Simulator::rootUserName());

    dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))
        ->setText(sim::Simulator::rootPassword());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    // The parked page request goes on by itself: the next page arrives.
    QTRY_COMPARE(m_app->tokenModel()->rowCount(), rows + m_app->tokenModel()->pageSize());
    QTRY_VERIFY(!m_app->signInDialog());
}

void TestMainWindow::signOutClearsAndAsksToSignIn()
{
    startAndSignIn();
    m_app->mainWindow()->tokenView()->setCurrentIndex(m_app->tokenModel()->index(0));
    m_app->mainWindow()->signOutAction()->trigger();

    QCOMPARE(m_app->tokenModel()->rowCount(), 0);
    QVERIFY(!m_app->mainWindow()->detailsPane()->hasToken());
    QTRY_VERIFY(m_app->signInDialog());
    QCOMPARE(m_app->signInDialog()->mode(), SignInDialog::Mode::SignIn);
    QCOMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("Not signed in"));
}

void TestMainWindow::demoModeSignsInByItself()
{
    CommandLineOptions options;
    options.demo = true;
    m_app = std::make_unique<Application>(options);
    m_app->start();
    QVERIFY(m_app->simulator());
    // The simulator listens at once and finishes getting ready on its thread; the window
    // shows with the first page.
    QCOMPARE(m_app->simulator()->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QTRY_VERIFY(m_app->mainWindow()->isVisible());
    QVERIFY(m_app->tokenModel()->rowCount() > 0);
    QVERIFY(m_app->simulator()->isReady());
    QVERIFY(!m_app->signInDialog());
    QCOMPARE(m_app->mainWindow()->windowTitle(), QStringLiteral("Charles System Tokens — Demo"));
    QTRY_VERIFY(m_app->session()->isSignedIn());
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 0);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Demo")));
}

void TestMainWindow::demoWhoseServerCannotListenSaysSo()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    CommandLineOptions options;
    options.demo = true;
    m_app = std::make_unique<Application>(
        options, std::make_unique<sim::SimulatorThread>(sim::SeedOptions {}, taken.serverPort()));
    QSignalSpy failed(m_app.get(), &Application::demoServerFailed);
    m_app->start();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(m_app->simulator()->baseUrl().isEmpty());
    // Nothing was sent anywhere, and no dialog asks for a password the demo never needed.
    QCOMPARE(m_app->transport()->requestsSent(), 0);
    QVERIFY(!m_app->session()->isSignedIn());
    QVERIFY(!m_app->signInDialog());
    QTest::qWait(50);
    QCOMPARE(failed.size(), 1);
}

void TestMainWindow::demoClosedBeforeItsServerIsReady()
{
    // Quitting at once: the simulator is still being built on its thread, and its ready()
    // must reach nobody once the application is gone.
    for (int i = 0; i < 3; ++i) {
        CommandLineOptions options;
        options.demo = true;
        m_app = std::make_unique<Application>(options);
        m_app->start();
        const bool readyAlready = m_app->simulator()->isReady();
        m_app.reset();
        QTest::qWait(readyAlready ? 0 : 20); // any late event would land now
    }
    // And a demo started afterwards still works.
    CommandLineOptions options;
    options.demo = true;
    m_app = std::make_unique<Application>(options);
    m_app->start();
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 0);
}

void TestMainWindow::aVeryLongSearchDoesNotWidenTheWindow()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const int width = window->width();
    child<QLineEdit>("searchField")->setText(QString(2000, QLatin1Char('q')));
    m_app->tokenModel()->applySearchNow();
    QTRY_COMPARE(currentStatePage()->objectName(), QStringLiteral("emptyPage"));
    QTest::qWait(50);
    QCOMPARE(window->width(), width);
    QVERIFY(child<QLabel>("emptyLabel")->text().contains(QChar(0x2026))); // elided
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
