#pragma once

#include "commandline.h"
#include "core/apierror.h"
#include "core/serverprofile.h"
#include "signindialog.h"
#include "sim/simulatorthread.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace charles {

class CharlesApi;
class ClipboardGuard;
class ComparisonWindow;
class MainWindow;
class TokenActions;
class ProfileStore;
class SecretStore;
class Session;
class TokenListModel;
class Transport;
class WorkspaceModel;

// Builds the application's objects (network, transport, session, API client, models, main
// window) and runs the sign-in flow around them: the first sign-in, a session that expired
// (the dialog comes back over the window and parked calls go on afterwards), sign-out, and
// the demo, which starts a simulator on 127.0.0.1 and signs in to it by itself.
class Application : public QObject
{
    Q_OBJECT

public:
    // In demo mode, `demoServer` is the simulator to sign in to, started as early as the
    // caller could (it gets ready on its thread while the window is built); null: one is
    // started here.
    explicit Application(const CommandLineOptions &options,
                         std::unique_ptr<sim::SimulatorThread> demoServer = nullptr,
                         QObject *parent = nullptr);
    ~Application() override;

    // Where "keep me signed in" keeps the refresh token. Set it before start(); without one
    // the session lives in memory only.
    void setSecretStore(SecretStore *store);

    // Shows the sign-in dialog, or in demo mode the window, signing in by itself once the
    // demo's simulator is ready (demoServerFailed() if it could not listen).
    void start();

    QNetworkAccessManager *network() const { return m_network.get(); }
    Transport *transport() const { return m_transport.get(); }
    Session *session() const { return m_session.get(); }
    CharlesApi *api() const { return m_api.get(); }
    TokenListModel *tokenModel() const { return m_tokenModel.get(); }
    WorkspaceModel *workspaceModel() const { return m_workspaceModel.get(); }
    ProfileStore *profileStore() const { return m_profiles.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    TokenActions *tokenActions() const { return m_actions.get(); }
    ClipboardGuard *clipboardGuard() const { return m_clipboardGuard.get(); }
    // The side-by-side comparison, once a token was opened in it.
    ComparisonWindow *comparisonWindow() const;
    // The sign-in dialog while it is open, or null.
    SignInDialog *signInDialog() const { return m_dialog; }
    // The demo's simulator (on a thread of its own), or null outside demo mode.
    sim::SimulatorThread *simulator() const { return m_simulator.get(); }

    const CommandLineOptions &options() const { return m_options; }

public Q_SLOTS:
    // Opens the sign-in dialog as the session's state asks (again, after an expiry).
    void showSignIn();

Q_SIGNALS:
    // The admin closed the first sign-in without signing in: nothing is left to show.
    void quitRequested();
    // The demo's simulator could not listen on 127.0.0.1: the demo cannot go on.
    void demoServerFailed();
    void signInDialogOpened(charles::SignInDialog *dialog);

private:
    void startDemo();
    void signInToDemo();
    void showWindowWithFirstPage();
    ServerProfile profileFromOptions() const;
    void openSignInDialog(SignInDialog::Mode mode, const ApiError &reason = {});
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void onExpired(const ApiError &reason);
    void onSignedOut();
    void onDialogFinished(int result);
    void wireTokenActions();
    void openSideBySide();
    void reportFirstPageWhenShown();

    CommandLineOptions m_options;
    // Declared in the order they are built; destroyed in reverse, window first. The demo's
    // simulator comes first: it gets ready on its thread while the window is being built.
    std::unique_ptr<sim::SimulatorThread> m_simulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CharlesApi> m_api;
    std::unique_ptr<TokenListModel> m_tokenModel;
    std::unique_ptr<WorkspaceModel> m_workspaceModel;
    std::unique_ptr<ClipboardGuard> m_clipboardGuard;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<TokenActions> m_actions;
    QPointer<ComparisonWindow> m_comparison;
    QPointer<SignInDialog> m_dialog;

    bool m_optionsUsed = false; // --server/--user prefill only the first dialog
    bool m_wasSignedIn = false; // a signedOut() without a sign-in before is no news
    bool m_needsReload = true; // the list loads at the first sign-in, not after an expiry
    bool m_autoSigningIn = false; // the demo's or a kept session's silent sign-in
    bool m_showWithFirstPage = false; // the demo's window waits for its first page
};

} // namespace charles
