// Certificate verification against the simulator serving HTTPS with certificates made here
// with openssl: refused by default, accepted with the profile's CA or a trusted fingerprint,
// and a certificate for another name refused whatever is trusted.
#include "simfixture.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

using namespace charles;
using charles::sim::Simulator;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedByDefault();
    void acceptedWithTheProfilesCa();
    void acceptedWithTrustedFingerprint();
    void otherNameRefusedEvenWithTheCa();
    void otherNameRefusedEvenWithItsFingerprint();

private:
    bool openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A simulator serving HTTPS with `certificate`, and a session whose profile trusts what
    // `trust` says; signs in and returns the failure, if any.
    std::optional<ApiError> signInOverTls(const QString &certificate, const QString &key,
                                          const std::function<void(ServerProfile &)> &trust,
                                          int *requestsSeen = nullptr);
    QString fingerprint(const QString &certificate) const;

    QTemporaryDir m_dir;
};

bool TestTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList key = {QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes")};
    // A CA, a server certificate for 127.0.0.1 and one for another name, both from the CA,
    // and a self-signed one for 127.0.0.1.
    QVERIFY(openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + key +
                    QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                 QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                 QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=Charles Test CA")}));
    for (const auto &[name, san] :
         {std::pair {QStringLiteral("local"), QStringLiteral("IP:127.0.0.1")},
          std::pair {QStringLiteral("other"), QStringLiteral("DNS:other.example")}}) {
        QFile ext(path(name + QStringLiteral(".ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=" + san.toLatin1() + "\n");
        ext.close();
        const QString cn = name == QLatin1String("local") ? QStringLiteral("127.0.0.1")
                                                          : QStringLiteral("other.example");
        QVERIFY(openssl(QStringList {QStringLiteral("req")} + key +
                        QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                     QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=") + cn}));
        QVERIFY(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                     QStringLiteral("-out"), name + QStringLiteral(".crt")}));
    }
    QVERIFY(openssl(
        QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + key +
        QStringList {QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                     QStringLiteral("self.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                     QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")}));
}

QString TestTls::fingerprint(const QString &certificate) const
{
    const auto certs = QSslCertificate::fromPath(path(certificate));
    return certs.isEmpty()
        ? QString()
        : QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

std::optional<ApiError> TestTls::signInOverTls(const QString &certificate, const QString &key,
                                               const std::function<void(ServerProfile &)> &trust,
                                               int *requestsSeen)
{
    auto sim = std::make_unique<Simulator>();
    QFile keyFile(path(key));
    keyFile.open(QIODevice::ReadOnly);
    sim->enableTls(QSslCertificate::fromPath(path(certificate)).first(),
                   QSslKey(keyFile.readAll(), QSsl::Rsa));
    sim->listen();

    QNetworkAccessManager network;
    Transport transport(&network);
    Session session(&transport);
    ServerProfile profile;
    profile.baseUrl = sim->baseUrl();
    trust(profile);
    session.setProfile(profile);

    QSignalSpy done(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(Simulator::rootUserName(), SecretValue(Simulator::rootPassword().toUtf8()),
                   false);
    const bool ended = QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000);
    if (requestsSeen)
        *requestsSeen = int(sim->requests().size());
    if (!failed.isEmpty())
        return failed.first().first().value<ApiError>();
    if (!ended || done.isEmpty())
        return ApiError(ApiError::Kind::Timeout);
    return std::nullopt;
}

void TestTls::refusedByDefault()
{
    QVERIFY(sim::Simulator().baseUrl().scheme() == QLatin1String("http"));
    int seen = -1;
    const auto error = signInOverTls(
        QStringLiteral("local.crt"), QStringLiteral("local.key"), [](ServerProfile &) {}, &seen);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::Tls);
    QCOMPARE(seen, 0); // nothing was sent: no password crossed an unverified connection
    const CertificateProblem &problem = error->certificateProblem();
    QCOMPARE(problem.subject, QStringLiteral("127.0.0.1"));
    QCOMPARE(problem.issuer, QStringLiteral("Charles Test CA"));
    QCOMPARE(problem.sha256, fingerprint(QStringLiteral("local.crt")));
    QVERIFY(!problem.hostNameMismatch);
    QVERIFY(!problem.problems.isEmpty());
}

void TestTls::acceptedWithTheProfilesCa()
{
    const auto error = signInOverTls(
        QStringLiteral("local.crt"), QStringLiteral("local.key"),
        [this](ServerProfile &p) { p.caCertificateFile = path(QStringLiteral("ca.crt")); });
    QVERIFY2(!error.has_value(), error ? qPrintable(error->logText()) : "");
}

void TestTls::acceptedWithTrustedFingerprint()
{
    const auto refused = signInOverTls(QStringLiteral("self.crt"), QStringLiteral("self.key"),
                                       [](ServerProfile &) {});
    QVERIFY(refused.has_value());
    QCOMPARE(refused->kind(), ApiError::Kind::Tls);
    const QString sha = refused->certificateProblem().sha256;
    QCOMPARE(sha, fingerprint(QStringLiteral("self.crt")));

    const auto error = signInOverTls(QStringLiteral("self.crt"), QStringLiteral("self.key"),
                                     [sha](ServerProfile &p) { p.trustedFingerprints = {sha}; });
    QVERIFY2(!error.has_value(), error ? qPrintable(error->logText()) : "");

    // Another certificate's fingerprint trusts nothing here.
    const auto other = signInOverTls(
        QStringLiteral("self.crt"), QStringLiteral("self.key"), [this](ServerProfile &p) {
            p.trustedFingerprints = {fingerprint(QStringLiteral("local.crt"))};
        });
    QVERIFY(other.has_value());
    QCOMPARE(other->kind(), ApiError::Kind::Tls);
}

void TestTls::otherNameRefusedEvenWithTheCa()
{
    int seen = -1;
    const auto error = signInOverTls(
        QStringLiteral("other.crt"), QStringLiteral("other.key"),
        [this](ServerProfile &p) { p.caCertificateFile = path(QStringLiteral("ca.crt")); }, &seen);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::Tls);
    QVERIFY(error->certificateProblem().hostNameMismatch);
    QVERIFY(error->userMessage().contains(QStringLiteral("another name")));
    QCOMPARE(seen, 0);
}

void TestTls::otherNameRefusedEvenWithItsFingerprint()
{
    const QString sha = fingerprint(QStringLiteral("other.crt"));
    const auto error = signInOverTls(QStringLiteral("other.crt"), QStringLiteral("other.key"),
                                     [sha](ServerProfile &p) { p.trustedFingerprints = {sha}; });
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::Tls);
    QVERIFY(error->certificateProblem().hostNameMismatch);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
