#pragma once

#include "core/apierror.h"
#include "core/serverprofile.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace charles {

namespace Ui {
class SignInDialog;
}

class ProfileStore;
class Session;

// Asks for the server profile, the user and the password, and signs in through the Session
// without blocking: while the sign-in runs the inputs are disabled and Cancel cancels it;
// then the dialog either accepts or shows why it failed, keeping everything typed.
//
// In Reauthenticate mode (the session expired) the profile is the session's and cannot be
// changed; the account is prefilled and only the password is asked for.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Reauthenticate };

    SignInDialog(Session *session, ProfileStore *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Selects `profile` (a stored one with the same label, or a new one filled from it)
    // and prefills the account, or the one last used with that profile when empty.
    void prefill(const ServerProfile &profile, const QString &account = {});
    // Locks the dialog to the session's profile and account; `reason` says why it is back.
    void setReauthentication(const ApiError &reason);

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }
    // The profile as the fields describe it now.
    ServerProfile profileFromFields() const;
    // The message shown under the fields (an error, or why the dialog is back), or empty.
    QString messageText() const;
    const ApiError &lastError() const { return m_lastError; }

    QPushButton *signInButton() const { return m_signInButton; }

public Q_SLOTS:
    // Validates the fields and starts the sign-in; same as the Sign in button.
    void submit();
    // Cancels a sign-in in progress; otherwise closes the dialog.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void askToTrust(const CertificateProblem &problem);
    void fillProfiles();
    void onProfileChosen(int index);
    void fillFields(const ServerProfile &profile);
    void updateAuthPlaceholder();
    void setAdvancedVisible(bool visible);
    void fitHeight();
    void setBusy(bool busy);
    void setProfileEditable(bool editable);
    void showMessage(const QString &text, bool error);
    void clearMessage();
    bool validate();
    void browseCaFile();
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void applyIcons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session *m_session;
    ProfileStore *m_store;
    QPushButton *m_signInButton = nullptr;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    bool m_messageIsError = false;
    ApiError m_lastError;
    QStringList m_trustedFingerprints; // of the chosen stored profile; not editable here
    QString m_attemptAccount;
    ServerProfile m_attemptProfile;
    bool m_attemptKeep = false;
};

} // namespace charles
