#include "signindialog.h"

#include "core/secretvalue.h"
#include "core/session.h"
#include "profilestore.h"
#include "ui_signindialog.h"
#include "uilogging.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace charles {

namespace {

const QString kDefaultRealm = QStringLiteral("charlescd");
const QString kDefaultClientId = QStringLiteral("charlescd-client");

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl urlFromField(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

SignInDialog::SignInDialog(Session *session, ProfileStore *store, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SignInDialog>()),
      m_session(session),
      m_store(store)
{
    m_ui->setupUi(this);

    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    m_ui->realmField->setPlaceholderText(kDefaultRealm);
    m_ui->clientIdField->setPlaceholderText(kDefaultClientId);
    connect(m_ui->baseUrlField, &QLineEdit::textChanged, this,
            &SignInDialog::updateAuthPlaceholder);
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &SignInDialog::setAdvancedVisible);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &SignInDialog::browseCaFile);
    connect(m_ui->profileCombo, &QComboBox::activated, this, &SignInDialog::onProfileChosen);

    connect(m_session, &Session::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &SignInDialog::onSignInFailed);

    m_ui->progressPane->hide();
    clearMessage();
    applyIcons();
    setAdvancedVisible(false);

    fillProfiles();
    if (const auto last = m_store->lastProfile())
        prefill(*last);
    else
        onProfileChosen(m_ui->profileCombo->count() - 1);
}

SignInDialog::~SignInDialog()
{
    // A sign-in this dialog started and nobody waits for any more.
    if (m_busy)
        m_session->cancelSignIn();
}

void SignInDialog::fillProfiles()
{
    QComboBox *combo = m_ui->profileCombo;
    combo->clear();
    for (const ServerProfile &profile : m_store->profiles())
        combo->addItem(profile.label(), profile.label());
    combo->addItem(tr("New server…"), QString());
}

void SignInDialog::onProfileChosen(int index)
{
    const QString label = m_ui->profileCombo->itemData(index).toString();
    const auto stored = label.isEmpty() ? std::nullopt : m_store->profile(label);
    fillFields(stored ? *stored : ServerProfile());
    m_ui->userField->setText(stored ? m_store->lastAccount(label) : QString());
    m_ui->keepSignedInCheck->setChecked(stored && m_store->keepSignedIn(label));
    m_ui->passwordField->clear();
    clearMessage();
}

void SignInDialog::fillFields(const ServerProfile &profile)
{
    m_ui->displayNameField->setText(profile.displayName);
    m_ui->baseUrlField->setText(profile.baseUrl.toString());
    m_ui->authUrlField->setText(profile.authBaseUrl.toString());
    m_ui->realmField->setText(profile.realm == kDefaultRealm ? QString() : profile.realm);
    m_ui->clientIdField->setText(profile.clientId == kDefaultClientId ? QString()
                                                                      : profile.clientId);
    m_ui->caFileField->setText(profile.caCertificateFile);
    m_trustedFingerprints = profile.trustedFingerprints;
    updateAuthPlaceholder();

    const bool customised = !profile.authBaseUrl.isEmpty() || profile.realm != kDefaultRealm ||
        profile.clientId != kDefaultClientId || !profile.caCertificateFile.isEmpty();
    if (customised)
        m_ui->advancedToggle->setChecked(true);
}

void SignInDialog::prefill(const ServerProfile &profile, const QString &account)
{
    QComboBox *combo = m_ui->profileCombo;
    int index = combo->findData(profile.label());
    // A profile named on the command line by its address only may match a stored one.
    if (index < 0 || m_store->profile(profile.label()) != profile) {
        index = -1;
        for (int i = 0; i < combo->count() - 1; ++i) {
            const auto stored = m_store->profile(combo->itemData(i).toString());
            if (stored && *stored == profile) {
                index = i;
                break;
            }
        }
    }

    // A bare address (--server) picks the stored profile with that address, with whatever
    // else the command line said on top.
    bool overlay = false;
    if (index < 0 && profile.displayName.isEmpty()) {
        for (int i = 0; i < combo->count() - 1; ++i) {
            const auto stored = m_store->profile(combo->itemData(i).toString());
            if (stored && stored->baseUrl == profile.baseUrl) {
                index = i;
                overlay = true;
                break;
            }
        }
    }

    if (index >= 0) {
        combo->setCurrentIndex(index);
        onProfileChosen(index);
        if (overlay && !profile.authBaseUrl.isEmpty())
            m_ui->authUrlField->setText(profile.authBaseUrl.toString());
        if (overlay && profile.realm != kDefaultRealm)
            m_ui->realmField->setText(profile.realm);
        if (overlay && profile.clientId != kDefaultClientId)
            m_ui->clientIdField->setText(profile.clientId);
    } else {
        combo->setCurrentIndex(combo->count() - 1);
        onProfileChosen(combo->count() - 1);
        fillFields(profile);
    }
    if (!account.isEmpty())
        m_ui->userField->setText(account);

    if (m_ui->baseUrlField->text().isEmpty())
        m_ui->baseUrlField->setFocus();
    else if (m_ui->userField->text().isEmpty())
        m_ui->userField->setFocus();
    else
        m_ui->passwordField->setFocus();
}

void SignInDialog::setReauthentication(const ApiError &reason)
{
    m_mode = Mode::Reauthenticate;
    const ServerProfile profile = m_session->profile();
    prefill(profile, m_session->account());
    setProfileEditable(false);
    setWindowTitle(tr("Sign in again"));
    m_ui->introLabel->setText(
        tr("Your session with %1 has ended. Sign in again to go on where you left off.")
            .arg(profile.label()));
    if (reason.isError() && reason.kind() != ApiError::Kind::SessionExpired)
        showMessage(reason.userMessage(), false);
    m_ui->passwordField->setFocus();
}

ServerProfile SignInDialog::profileFromFields() const
{
    ServerProfile profile;
    profile.displayName = m_ui->displayNameField->text().trimmed();
    profile.baseUrl = urlFromField(m_ui->baseUrlField->text());
    const QString auth = m_ui->authUrlField->text().trimmed();
    profile.authBaseUrl = auth.isEmpty() ? QUrl() : urlFromField(auth);
    const QString realm = m_ui->realmField->text().trimmed();
    profile.realm = realm.isEmpty() ? kDefaultRealm : realm;
    const QString clientId = m_ui->clientIdField->text().trimmed();
    profile.clientId = clientId.isEmpty() ? kDefaultClientId : clientId;
    profile.caCertificateFile = m_ui->caFileField->text().trimmed();
    profile.trustedFingerprints = m_trustedFingerprints;
    return profile;
}

void SignInDialog::updateAuthPlaceholder()
{
    const QUrl base = urlFromField(m_ui->baseUrlField->text());
    m_ui->authUrlField->setPlaceholderText(
        isHttpUrl(base) ? ServerProfile::defaultAuthBase(base).toString()
                        //: Placeholder of the Keycloak address; keep "/keycloak/auth" as is
                        : tr("<Charles address>/keycloak/auth"));
}

void SignInDialog::setAdvancedVisible(bool visible)
{
    m_ui->advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedToggle->setAccessibleName(visible ? tr("Hide advanced settings")
                                                    : tr("Show advanced settings"));
    m_ui->form->setRowVisible(m_ui->authUrlField, visible);
    m_ui->form->setRowVisible(m_ui->realmField, visible);
    m_ui->form->setRowVisible(m_ui->clientIdField, visible);
    m_ui->form->setRowVisible(m_ui->caFileLayout, visible);
    fitHeight();
}

void SignInDialog::fitHeight()
{
    // As tall as the rows shown need (wrapped messages included), as wide as it is.
    QLayout *layout = this->layout();
    layout->activate();
    const int w = qMax(width(), sizeHint().width());
    const int h =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(w) : sizeHint().height();
    resize(w, h);
}

bool SignInDialog::validate()
{
    const auto refuse = [this](const QString &text, QWidget *field) {
        showMessage(text, true);
        field->setFocus();
        return false;
    };

    // A user name or password inside an address would end up in the settings file.
    if (!urlFromField(m_ui->baseUrlField->text()).userInfo().isEmpty() ||
        !urlFromField(m_ui->authUrlField->text()).userInfo().isEmpty())
        return refuse(tr("Remove the user name and password from the address: sign in with "
                         "the fields below instead."),
                      m_ui->baseUrlField);
    if (!isHttpUrl(urlFromField(m_ui->baseUrlField->text())))
        return refuse(tr("Enter the Charles address as a full URL, for example "
                         "https://charles.example.com."),
                      m_ui->baseUrlField);
    const QString auth = m_ui->authUrlField->text().trimmed();
    if (!auth.isEmpty() && !isHttpUrl(urlFromField(auth))) {
        m_ui->advancedToggle->setChecked(true);
        return refuse(tr("Enter the Keycloak address as a full URL, for example "
                         "https://charles.example.com/keycloak/auth, or leave it empty."),
                      m_ui->authUrlField);
    }
    const QString caFile = m_ui->caFileField->text().trimmed();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        m_ui->advancedToggle->setChecked(true);
        return refuse(tr("The CA certificate file cannot be read. Choose another file or "
                         "leave the field empty."),
                      m_ui->caFileField);
    }
    if (m_ui->userField->text().trimmed().isEmpty())
        return refuse(tr("Enter your e-mail or user name."), m_ui->userField);
    if (m_ui->passwordField->text().isEmpty())
        return refuse(tr("Enter your password."), m_ui->passwordField);
    return true;
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    clearMessage();
    if (!validate())
        return;

    m_attemptProfile = profileFromFields();
    m_attemptAccount = m_ui->userField->text().trimmed();
    m_attemptKeep = m_ui->keepSignedInCheck->isChecked();
    if (m_mode == Mode::SignIn && !(m_session->profile() == m_attemptProfile))
        m_session->setProfile(m_attemptProfile);

    qCInfo(lcUi) << "sign-in asked for" << m_attemptProfile.label();
    setBusy(true);
    // The field keeps its own text until the sign-in succeeds; the copy sent is wiped once
    // the request is built.
    QString password = m_ui->passwordField->text();
    m_session->signIn(m_attemptAccount, SecretValue::fromString(std::move(password)),
                      m_attemptKeep);
}

void SignInDialog::reject()
{
    if (m_busy) {
        qCInfo(lcUi) << "sign-in cancelled";
        setBusy(false);
        m_session->cancelSignIn();
        showMessage(tr("Sign-in cancelled."), false);
        return;
    }
    QDialog::reject();
}

void SignInDialog::onSignedIn()
{
    if (!m_busy)
        return;
    setBusy(false);
    m_ui->passwordField->clear();

    if (m_mode == Mode::SignIn) {
        m_store->saveProfile(m_attemptProfile);
        m_store->setLastProfileLabel(m_attemptProfile.label());
    }
    m_store->setLastAccount(m_attemptProfile.label(), m_attemptAccount, m_attemptKeep);
    accept();
}

void SignInDialog::onSignInFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_lastError = error;
    qCInfo(lcUi).noquote() << "sign-in failed:" << error.logText();

    switch (error.kind()) {
    case ApiError::Kind::InvalidCredentials:
        showMessage(error.userMessage(), true);
        m_ui->passwordField->setFocus();
        m_ui->passwordField->selectAll();
        break;
    case ApiError::Kind::Tls:
        showMessage(error.userMessage(), true);
        // A certificate the admin may judge: offer to trust exactly this one for this
        // profile. Never for a certificate issued for another name.
        if (m_mode == Mode::SignIn && !error.certificateProblem().isEmpty() &&
            !error.certificateProblem().hostNameMismatch)
            askToTrust(error.certificateProblem());
        break;
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::Timeout:
        showMessage(error.userMessage(), true);
        if (m_mode == Mode::SignIn)
            m_ui->baseUrlField->setFocus();
        break;
    case ApiError::Kind::LoginDisabled:
        showMessage(error.userMessage(), true);
        if (m_mode == Mode::SignIn) {
            m_ui->advancedToggle->setChecked(true);
            m_ui->clientIdField->setFocus();
        }
        break;
    case ApiError::Kind::NotRoot:
    case ApiError::Kind::Forbidden:
        showMessage(error.userMessage(), true);
        m_ui->userField->setFocus();
        m_ui->userField->selectAll();
        break;
    case ApiError::Kind::Cancelled:
        break;
    default:
        showMessage(error.userMessage(), true);
        break;
    }
}

void SignInDialog::askToTrust(const CertificateProblem &problem)
{
    QString fingerprint;
    for (int i = 0; i < problem.sha256.size(); i += 2) {
        if (i > 0)
            fingerprint += QLatin1Char(':');
        fingerprint += problem.sha256.mid(i, 2).toUpper();
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted certificate"),
                                tr("The server's certificate could not be verified:\n%1")
                                    .arg(problem.problems.join(QLatin1Char('\n'))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("certificateQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Subject: %1\nIssuer: %2\nSHA-256 fingerprint:\n%3\n\nTrust this exact certificate "
           "for this server only if you have checked its fingerprint with the server's "
           "administrators. Nothing was sent.")
            .arg(problem.subject, problem.issuer, fingerprint));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *trust = box->addButton(tr("&Trust this certificate"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const QString sha = problem.sha256;
    connect(box, &QMessageBox::finished, this, [this, box, trust, sha] {
        if (box->clickedButton() != trust)
            return;
        qCInfo(lcUi) << "the admin trusted a certificate by its fingerprint";
        if (!m_trustedFingerprints.contains(sha))
            m_trustedFingerprints.append(sha);
        submit();
    });
    box->open();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->progressPane->setVisible(busy);
    fitHeight();
    m_signInButton->setEnabled(!busy);
    const QList<QWidget *> accountFields {m_ui->userField, m_ui->passwordField,
                                          m_ui->keepSignedInCheck};
    for (QWidget *field : accountFields)
        field->setEnabled(!busy);
    setProfileEditable(!busy && m_mode == Mode::SignIn);
    if (busy)
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
}

void SignInDialog::setProfileEditable(bool editable)
{
    const QList<QWidget *> profileFields {
        m_ui->profileCombo, m_ui->displayNameField, m_ui->baseUrlField, m_ui->authUrlField,
        m_ui->realmField,   m_ui->clientIdField,    m_ui->caFileField,  m_ui->caBrowseButton};
    for (QWidget *field : profileFields)
        field->setEnabled(editable);
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
    applyIcons();
    fitHeight();
}

void SignInDialog::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageFrame->hide();
    fitHeight();
}

QString SignInDialog::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void SignInDialog::applyIcons()
{
    const QStyle::StandardPixmap pixmap =
        m_messageIsError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->messageIcon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size));
}

void SignInDialog::browseCaFile()
{
    const QString current = m_ui->caFileField->text().trimmed();
    auto *chooser =
        new QFileDialog(this, tr("Choose a CA certificate"),
                        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(QStringLiteral("caFileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->caFileField->setText(file); });
    chooser->open();
}

void SignInDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyIcons();
}

} // namespace charles
