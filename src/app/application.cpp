#include "application.h"

#include "clipboardguard.h"
#include "comparisonwindow.h"
#include "core/charlesapi.h"
#include "core/secretvalue.h"
#include "core/session.h"
#include "core/tokenlistmodel.h"
#include "core/transport.h"
#include "core/workspacemodel.h"
#include "createtokenwizard.h"
#include "firstpageprobe.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "profilestore.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"
#include "tokenactions.h"
#include "tokendetailswidget.h"
#include "uilogging.h"

#include <QAction>
#include <QCoreApplication>
#include <QListView>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimer>

namespace charles {

namespace {

// In demo mode the window shows with its first page, or after this long anyway.
constexpr int kDemoWindowAtTheLatestMs = 100;

} // namespace

Application::Application(const CommandLineOptions &options,
                         std::unique_ptr<sim::SimulatorThread> demoServer, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_simulator(!options.demo    ? nullptr
                      : demoServer ? std::move(demoServer)
                                   : std::make_unique<sim::SimulatorThread>()),
      m_profiles(std::make_unique<ProfileStore>()),
      m_network(std::make_unique<QNetworkAccessManager>()),
      m_transport(std::make_unique<Transport>(m_network.get())),
      m_session(std::make_unique<Session>(m_transport.get())),
      m_api(std::make_unique<CharlesApi>(m_session.get())),
      m_tokenModel(std::make_unique<TokenListModel>(m_api.get())),
      m_workspaceModel(std::make_unique<WorkspaceModel>(m_api.get()))
{
    m_tokenModel->setDebounceInterval(
        PreferencesDialog::configuredSearchDelay(TokenListModel::kDefaultDebounceMs));

    m_clipboardGuard = std::make_unique<ClipboardGuard>();
    m_mainWindow = std::make_unique<MainWindow>(m_api.get(), m_tokenModel.get());
    m_mainWindow->setDemo(m_options.demo);
    wireTokenActions();
    reportFirstPageWhenShown();

    connect(m_session.get(), &Session::signedIn, this, &Application::onSignedIn);
    connect(m_session.get(), &Session::signInFailed, this, &Application::onSignInFailed);
    connect(m_session.get(), &Session::expired, this, &Application::onExpired);
    connect(m_session.get(), &Session::signedOut, this, &Application::onSignedOut);
    connect(m_session.get(), &Session::secretStoreWarning, m_mainWindow.get(),
            [this](const ApiError &error) {
                m_mainWindow->statusBar()->showMessage(error.userMessage(), 15000);
                // Nothing could be kept: the next start asks for the password instead of
                // trying the keychain again, and "keep me signed in" is no longer ticked as
                // if it had worked.
                const QString label = m_session->profile().label();
                const QString account = m_profiles->lastAccount(label);
                if (!account.isEmpty() && m_profiles->keepSignedIn(label))
                    m_profiles->setLastAccount(label, account, false);
            });
    connect(m_session.get(), &Session::renewFailed, m_mainWindow.get(), [this] {
        m_mainWindow->statusBar()->showMessage(
            tr("The session could not be renewed just now; trying again shortly."), 10000);
    });

    connect(m_mainWindow->signOutAction(), &QAction::triggered, m_session.get(), &Session::signOut);
    connect(m_mainWindow->signInAction(), &QAction::triggered, this, &Application::showSignIn);
}

Application::~Application()
{
    if (m_dialog)
        delete m_dialog.data();
    if (m_comparison)
        delete m_comparison.data();
    m_actions.reset();
    if (m_mainWindow && m_mainWindow->isVisible())
        m_mainWindow->saveLayout();
    m_mainWindow.reset();
}

void Application::wireTokenActions()
{
    m_actions =
        std::make_unique<TokenActions>(m_api.get(), m_clipboardGuard.get(), m_mainWindow.get());
    MainWindow *window = m_mainWindow.get();
    connect(window->newTokenAction(), &QAction::triggered, m_actions.get(),
            [this] { m_actions->createToken(); });
    connect(window->revokeAction(), &QAction::triggered, m_actions.get(), [this, window] {
        if (const SystemToken *token = window->currentToken())
            m_actions->revokeToken(*token);
    });
    connect(window->regenerateAction(), &QAction::triggered, m_actions.get(), [this, window] {
        if (const SystemToken *token = window->currentToken())
            m_actions->regenerateToken(*token);
    });
    connect(window->sideBySideAction(), &QAction::triggered, this, &Application::openSideBySide);

    // The list follows each action locally: no reload.
    connect(m_actions.get(), &TokenActions::tokenCreated, window,
            [this, window](const SystemToken &token) {
                m_tokenModel->insertToken(token);
                window->selectToken(token.id);
            });
    connect(m_actions.get(), &TokenActions::tokenRevoked, window,
            [this, window](const QString &id) {
                window->forgetToken(id);
                if (m_comparison)
                    m_comparison->removeToken(id);
            });
    connect(m_actions.get(), &TokenActions::showTokensNamed, window, &MainWindow::showTokensNamed);
    connect(m_actions.get(), &TokenActions::busyChanged, window, &MainWindow::setTokenBusy);
    connect(m_actions.get(), &TokenActions::waitingForServer, window, &MainWindow::setTokenWaiting);
    // Quitting while the server may be minting a value would lose it for good.
    window->setQuitCheck([this]() -> QString {
        if (m_actions->isWaitingForServer())
            return tr("A token action is still waiting for the server. If you quit now, a "
                      "new token value may be created and never shown.");
        if (m_clipboardGuard->hasPendingSecret())
            return ClipboardGuard::quitWarning();
        return {};
    });
    connect(m_clipboardGuard.get(), &ClipboardGuard::countdownChanged, window, [window](int left) {
        window->statusBar()->showMessage(
            left > 0 ? tr("The copied token leaves the clipboard in %n second(s).", nullptr, left)
                     : QString(),
            left > 0 ? 1500 : 1);
    });
    connect(m_actions.get(), &TokenActions::statusMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
    window->setTokenActionsWired(true);
}

ComparisonWindow *Application::comparisonWindow() const
{
    return m_comparison;
}

void Application::openSideBySide()
{
    const SystemToken *token = m_mainWindow->currentToken();
    if (!token)
        return;
    if (!m_comparison) {
        m_comparison = new ComparisonWindow(m_api.get());
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_comparison, &ComparisonWindow::tokenGone, m_mainWindow.get(),
                &MainWindow::forgetToken);
    }
    m_comparison->addToken(*token);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
}

void Application::reportFirstPageWhenShown()
{
    if (FirstPageProbe::requested())
        FirstPageProbe::install(m_mainWindow->tokenView());
}

void Application::setSecretStore(SecretStore *store)
{
    m_session->setSecretStore(store);
}

void Application::start()
{
    if (m_options.demo) {
        startDemo();
        return;
    }

    // A kept session resumes silently; the dialog comes only when it cannot.
    const auto last = m_profiles->lastProfile();
    if (m_session->secretStore() && last && m_options.server.isEmpty() &&
        m_profiles->keepSignedIn(last->label())) {
        const QString account = m_profiles->lastAccount(last->label());
        if (!account.isEmpty() && (m_options.user.isEmpty() || m_options.user == account)) {
            qCInfo(lcUi) << "resuming the kept session with" << last->label();
            m_session->setProfile(*last);
            m_autoSigningIn = true;
            m_mainWindow->show();
            m_session->resume(account);
            return;
        }
    }

    openSignInDialog(SignInDialog::Mode::SignIn);
}

void Application::startDemo()
{
    // The simulator listens already and gets ready on its thread: the sign-in request waits
    // for it in the socket's backlog. The window shows with the first page (one paint, not
    // an empty window first), or after a short while anyway.
    QTimer::singleShot(kDemoWindowAtTheLatestMs, this, [this] {
        // Not when the simulator could not listen: the demo ends instead.
        if (!m_simulator->baseUrl().isEmpty() && !m_mainWindow->isVisible())
            m_mainWindow->show();
    });
    signInToDemo();
}

void Application::signInToDemo()
{
    const QUrl baseUrl = m_simulator->baseUrl();
    if (baseUrl.isEmpty()) {
        qCWarning(lcUi) << "the demo simulator could not listen on 127.0.0.1";
        // Told from the event loop, where quitting works.
        QMetaObject::invokeMethod(this, &Application::demoServerFailed, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcUi) << "demo simulator on" << baseUrl.toString();

    ServerProfile profile;
    //: The name of the server profile of demo mode
    profile.displayName = tr("Demo");
    profile.baseUrl = baseUrl;
    m_session->setProfile(profile);

    m_autoSigningIn = true;
    m_showWithFirstPage = true;
    m_session->signIn(sim::Simulator::rootUserName(),
                      SecretValue::fromString(sim::Simulator::rootPassword()), false);
}

void Application::showWindowWithFirstPage()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokenModel.get(), &TokenListModel::stateChanged, this,
                          [this, connection](TokenListModel::State state) {
                              if (state == TokenListModel::State::Loading)
                                  return;
                              disconnect(*connection);
                              m_mainWindow->show();
                          });
}

ServerProfile Application::profileFromOptions() const
{
    ServerProfile profile;
    profile.baseUrl = m_options.server;
    profile.authBaseUrl = m_options.authUrl;
    if (!m_options.realm.isEmpty())
        profile.realm = m_options.realm;
    if (!m_options.clientId.isEmpty())
        profile.clientId = m_options.clientId;
    return profile;
}

void Application::showSignIn()
{
    const bool expired = m_session->state() == Session::State::Expired;
    openSignInDialog(expired ? SignInDialog::Mode::Reauthenticate : SignInDialog::Mode::SignIn);
}

void Application::openSignInDialog(SignInDialog::Mode mode, const ApiError &reason)
{
    if (m_dialog) {
        if (m_dialog->mode() == mode) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        // The session expired while the first sign-in dialog was open, or the other way
        // round: start over with the right one.
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }

    QWidget *parent = m_mainWindow->isVisible() ? m_mainWindow.get() : nullptr;
    auto *dialog = new SignInDialog(m_session.get(), m_profiles.get(), parent);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    m_dialog = dialog;

    if (mode == SignInDialog::Mode::Reauthenticate) {
        dialog->setReauthentication(reason);
    } else if (!m_optionsUsed) {
        m_optionsUsed = true;
        if (!m_options.server.isEmpty())
            dialog->prefill(profileFromOptions(), m_options.user);
        else if (!m_options.user.isEmpty())
            dialog->prefill(dialog->profileFromFields(), m_options.user);
    }
    if (m_options.demo)
        dialog->setWindowTitle(tr("Sign in to the demo"));

    connect(dialog, &QDialog::finished, this, &Application::onDialogFinished);
    if (parent)
        dialog->open(); // window-modal over the main window; never exec()
    else
        dialog->show();
    Q_EMIT signInDialogOpened(dialog);
}

void Application::onDialogFinished(int result)
{
    auto *dialog = qobject_cast<SignInDialog *>(sender());
    if (!dialog)
        return;
    dialog->deleteLater();
    if (m_dialog == dialog)
        m_dialog.clear();

    // Giving up on signing in again ends what waited for it (an open wizard's request, a
    // confirmed revoke) with a clear error, rather than leaving it waiting.
    if (result == QDialog::Rejected && m_session->state() == Session::State::Expired)
        m_api->abandonParked();

    if (result == QDialog::Rejected && !m_mainWindow->isVisible()) {
        qCInfo(lcUi) << "the first sign-in was closed; quitting";
        Q_EMIT quitRequested();
    }
}

void Application::onSignedIn()
{
    m_autoSigningIn = false;
    m_wasSignedIn = true;
    // The window shows before the dialog closes, so that the application never finds
    // itself without a window in between; the demo's, with the first page.
    if (m_showWithFirstPage && m_needsReload) {
        m_showWithFirstPage = false;
        showWindowWithFirstPage();
    } else if (!m_mainWindow->isVisible()) {
        m_mainWindow->show();
    }
    if (m_needsReload) {
        m_needsReload = false;
        m_tokenModel->reload();
    }
}

void Application::onSignInFailed(const ApiError &error)
{
    if (!m_autoSigningIn)
        return;
    m_autoSigningIn = false;
    if (m_showWithFirstPage) {
        m_showWithFirstPage = false;
        m_mainWindow->show();
    }
    qCInfo(lcUi).noquote() << "the automatic sign-in failed:" << error.logText();
    openSignInDialog(SignInDialog::Mode::SignIn);
    if (m_dialog) {
        if (m_simulator) {
            m_dialog->prefill(m_session->profile(), sim::Simulator::rootUserName());
        }
    }
}

void Application::onExpired(const ApiError &reason)
{
    qCInfo(lcUi) << "the session expired; asking to sign in again";
    openSignInDialog(SignInDialog::Mode::Reauthenticate, reason);
}

void Application::onSignedOut()
{
    if (!m_wasSignedIn)
        return;
    m_wasSignedIn = false;
    m_needsReload = true;
    m_tokenModel->clear();
    m_workspaceModel->clearSelection();
    if (m_comparison)
        m_comparison->close();
    m_mainWindow->detailsPane()->clear();
    openSignInDialog(SignInDialog::Mode::SignIn);
}

} // namespace charles
