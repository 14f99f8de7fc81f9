// The sign-in dialog against an in-process simulator on 127.0.0.1: each failure has its own
// message, everything typed survives a failure, and success signs in and remembers the
// profile (never the password).
//
// Could be added: a TLS failure against a simulator behind QSslServer, once the simulator
// can listen with TLS.

#include "app/profilestore.h"
#include "app/signindialog.h"
#include "core/session.h"
#include "core/transport.h"
#include "sim/simulator.h"
#include "testcertificates.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace charles;

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wrongPasswordSaysSo();
    void typedInputIsKeptAfterFailure();
    void unreachableServerSaysSo();
    void loginDisabledSaysSo();
    void nonRootAccountIsExplained();
    void invalidAddressIsNotSent();
    void cancelStopsTheSignIn();
    void successSignsInAndRemembersTheProfile();
    void reauthenticationLocksTheProfile();
    void passwordInTheAddressIsRefused();
    void untrustedCertificateCanBeTrustedByFingerprint();
    void certificateForAnotherNameIsNeverOffered();

private:
    QLineEdit *field(const char *name) const;
    void fill(const QUrl &base, const QString &user, const QString &password);
    void submitAndWait();

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CharlesCD"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
}

void TestSignIn::init()
{
    QSettings().clear();
    sim::SeedOptions seed;
    seed.tokens = 5;
    seed.workspaces = 3;
    m_sim = std::make_unique<sim::Simulator>(seed);
    QVERIFY(m_sim->listen() != 0);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<Transport>(m_network.get());
    m_transport->setTransferTimeout(10000);
    m_session = std::make_unique<Session>(m_transport.get());
    m_store = std::make_unique<ProfileStore>();
    m_dialog = std::make_unique<SignInDialog>(m_session.get(), m_store.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignIn::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_transport.reset();
    m_network.reset();
    m_sim.reset();
    m_store.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

QLineEdit *TestSignIn::field(const char *name) const
{
    auto *edit = m_dialog->findChild<QLineEdit *>(QLatin1String(name));
    if (!edit)
        qFatal("no field %s", name);
    return edit;
}

void TestSignIn::fill(const QUrl &base, const QString &user, const QString &password)
{
    field("baseUrlField")->setText(base.toString());
    field("userField")->setText(user);
    field("passwordField")->setText(password);
}

void TestSignIn::submitAndWait()
{
    QVERIFY(m_dialog->signInButton()->isEnabled());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 15000);
}

void TestSignIn::wrongPasswordSaysSo()
{
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), QStringLiteral("not the password"));
    submitAndWait();

    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::InvalidCredentials);
    QCOMPARE(m_dialog->messageText(), ApiError(ApiError::Kind::InvalidCredentials).userMessage());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_session->state(), Session::State::SignedOut);
}

void TestSignIn::typedInputIsKeptAfterFailure()
{
    field("displayNameField")->setText(QStringLiteral("Staging"));
    fill(m_sim->baseUrl(), QStringLiteral("admin@charles.example"), QStringLiteral("wr0ng & %+"));
    auto *keep = m_dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"));
    QVERIFY(keep);
    keep->setChecked(true);
    submitAndWait();

    QVERIFY(!m_dialog->messageText().isEmpty());
    QCOMPARE(field("displayNameField")->text(), QStringLiteral("Staging"));
    QCOMPARE(field("baseUrlField")->text(), m_sim->baseUrl().toString());
    QCOMPARE(field("userField")->text(), QStringLiteral("admin@charles.example"));
    QCOMPARE(field("passwordField")->text(), QStringLiteral("wr0ng & %+"));
    QVERIFY(keep->isChecked());
    QVERIFY(field("passwordField")->isEnabled());
    QVERIFY(m_dialog->signInButton()->isEnabled());
    // A failed sign-in remembers nothing.
    QVERIFY(m_store->profiles().isEmpty());
}

void TestSignIn::unreachableServerSaysSo()
{
    // A port that was free a moment ago and has nobody listening now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QUrl closed;
    closed.setScheme(QStringLiteral("http"));
    closed.setHost(QStringLiteral("127.0.0.1"));
    closed.setPort(port);
    fill(closed, sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    submitAndWait();

    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::NetworkUnreachable);
    QCOMPARE(m_dialog->messageText(), ApiError(ApiError::Kind::NetworkUnreachable).userMessage());
    QCOMPARE(field("passwordField")->text(), sim::Simulator::rootPassword());
}

void TestSignIn::loginDisabledSaysSo()
{
    m_sim->setPasswordGrantEnabled(false);
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    submitAndWait();

    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::LoginDisabled);
    QCOMPARE(m_dialog->messageText(), ApiError(ApiError::Kind::LoginDisabled).userMessage());
    // The client id is where the admin can act: the advanced settings open on it.
    QVERIFY(field("clientIdField")->isVisible());
}

void TestSignIn::nonRootAccountIsExplained()
{
    fill(m_sim->baseUrl(), sim::Simulator::plainUserName(), sim::Simulator::plainPassword());
    submitAndWait();

    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::NotRoot);
    QCOMPARE(m_dialog->messageText(), ApiError(ApiError::Kind::NotRoot).userMessage());
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    // The explanation comes before any token call.
    QCOMPARE(m_sim->requestCount("GET", QStringLiteral("^/gate/")), 0);
}

void TestSignIn::invalidAddressIsNotSent()
{
    const int before = m_sim->requests().size();
    field("baseUrlField")->setText(QStringLiteral("charles example"));
    field("userField")->setText(sim::Simulator::rootUserName());
    field("passwordField")->setText(sim::Simulator::rootPassword());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);

    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!m_dialog->messageText().isEmpty());
    QCOMPARE(m_dialog->focusWidget(), field("baseUrlField"));

    // A Keycloak address that is not a URL is refused too.
    field("baseUrlField")->setText(m_sim->baseUrl().toString());
    field("authUrlField")->setText(QStringLiteral("ftp://127.0.0.1/auth"));
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(field("authUrlField")->isVisible());
    QCOMPARE(m_sim->requests().size(), before);
}

void TestSignIn::cancelStopsTheSignIn()
{
    m_sim->setLatency(60000);
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!field("passwordField")->isEnabled());
    QVERIFY(!m_dialog->signInButton()->isEnabled());

    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    auto *cancel = m_dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    // The first Cancel ends the sign-in, not the dialog.
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    QCOMPARE(field("passwordField")->text(), sim::Simulator::rootPassword());
    QVERIFY(field("passwordField")->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

void TestSignIn::successSignsInAndRemembersTheProfile()
{
    field("displayNameField")->setText(QStringLiteral("Local"));
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    submitAndWait();

    QCOMPARE(accepted.count(), 1);
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->user().email, sim::Simulator::rootEmail());
    QVERIFY(field("passwordField")->text().isEmpty());

    QCOMPARE(m_store->lastProfileLabel(), QStringLiteral("Local"));
    const auto saved = m_store->profile(QStringLiteral("Local"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, m_sim->baseUrl());
    QCOMPARE(saved->realm, QStringLiteral("charlescd"));
    QCOMPARE(saved->clientId, QStringLiteral("charlescd-client"));
    QCOMPARE(m_store->lastAccount(QStringLiteral("Local")), sim::Simulator::rootUserName());

    // The password is nowhere in the settings.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(sim::Simulator::rootPassword().toUtf8()));

    // A new dialog preselects the profile and the account.
    m_dialog = std::make_unique<SignInDialog>(m_session.get(), m_store.get());
    auto *combo = m_dialog->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Local"));
    QCOMPARE(field("baseUrlField")->text(), m_sim->baseUrl().toString());
    QCOMPARE(field("userField")->text(), sim::Simulator::rootUserName());
    QVERIFY(field("passwordField")->text().isEmpty());

    // A bare address, as --server gives it, picks the stored profile with that address.
    combo->setCurrentIndex(combo->count() - 1);
    ServerProfile bare;
    bare.baseUrl = m_sim->baseUrl();
    m_dialog->prefill(bare, QStringLiteral("someone"));
    QCOMPARE(combo->currentText(), QStringLiteral("Local"));
    QCOMPARE(field("displayNameField")->text(), QStringLiteral("Local"));
    QCOMPARE(field("userField")->text(), QStringLiteral("someone"));
}

void TestSignIn::reauthenticationLocksTheProfile()
{
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    submitAndWait();
    QVERIFY(m_session->isSignedIn());

    m_sim->expireAccessTokens();
    m_sim->endSessions();
    QSignalSpy expired(m_session.get(), &Session::expired);
    m_session->renew();
    QTRY_COMPARE(expired.count(), 1);

    m_dialog = std::make_unique<SignInDialog>(m_session.get(), m_store.get());
    m_dialog->setReauthentication(expired.at(0).at(0).value<ApiError>());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(m_dialog->mode(), SignInDialog::Mode::Reauthenticate);
    QVERIFY(!field("baseUrlField")->isEnabled());
    QCOMPARE(field("userField")->text(), sim::Simulator::rootUserName());

    field("passwordField")->setText(sim::Simulator::rootPassword());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    submitAndWait();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_session->isSignedIn());
}

void TestSignIn::passwordInTheAddressIsRefused()
{
    QUrl withPassword = m_sim->baseUrl();
    withPassword.setUserInfo(QStringLiteral("u:s3cretPW"));
    fill(withPassword, sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(m_dialog->messageText().contains(QStringLiteral("Remove the user name and password")));
    QCOMPARE(m_sim->requests().size(), 0);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("s3cretPW"));
}

void TestSignIn::untrustedCertificateCanBeTrustedByFingerprint()
{
    TestCertificates certificates;
    QVERIFY(certificates.make());
    m_sim = std::make_unique<sim::Simulator>();
    m_sim->enableTls(certificates.certificate(QStringLiteral("self")),
                     certificates.key(QStringLiteral("self")));
    QVERIFY(m_sim->listen() != 0);
    field("displayNameField")->setText(QStringLiteral("Self-signed"));
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    submitAndWait();
    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::Tls);
    QCOMPARE(m_sim->requests().size(), 0);

    // The question shows the certificate; Cancel sends nothing.
    const auto question = [] {
        return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    };
    QTRY_VERIFY(question() && question()->objectName() == QLatin1String("certificateQuestion"));
    const QString sha = certificates.fingerprint(QStringLiteral("self"));
    QString colons;
    for (int i = 0; i < sha.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + sha.mid(i, 2).toUpper();
    QVERIFY(question()->informativeText().contains(colons));
    QVERIFY(question()->informativeText().contains(QStringLiteral("127.0.0.1")));
    QTest::keyClick(question(), Qt::Key_Escape);
    QTRY_VERIFY(!question());
    QCOMPARE(m_sim->requests().size(), 0);
    QVERIFY(!m_session->isSignedIn());

    // Asked again and trusted: signed in, and the profile remembers that certificate.
    submitAndWait();
    QTRY_VERIFY(question() && question()->objectName() == QLatin1String("certificateQuestion"));
    QTest::mouseClick(
        question()->findChild<QPushButton *>(QStringLiteral("trustCertificateButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 15000);
    const auto saved = m_store->profile(QStringLiteral("Self-signed"));
    QVERIFY(saved);
    QCOMPARE(saved->trustedFingerprints, QStringList {sha});
}

void TestSignIn::certificateForAnotherNameIsNeverOffered()
{
    TestCertificates certificates;
    QVERIFY(certificates.make());
    m_sim = std::make_unique<sim::Simulator>();
    m_sim->enableTls(certificates.certificate(QStringLiteral("other")),
                     certificates.key(QStringLiteral("other")));
    QVERIFY(m_sim->listen() != 0);
    fill(m_sim->baseUrl(), sim::Simulator::rootUserName(), sim::Simulator::rootPassword());
    submitAndWait();
    QCOMPARE(m_dialog->lastError().kind(), ApiError::Kind::Tls);
    QVERIFY(m_dialog->lastError().certificateProblem().hostNameMismatch);
    QVERIFY(m_dialog->messageText().contains(QStringLiteral("another name")));
    QTest::qWait(200);
    QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QCOMPARE(m_sim->requests().size(), 0);
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
