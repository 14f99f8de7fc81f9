// Certificate verification against the simulator serving HTTPS with certificates made here
// with openssl: refused by default, accepted with the profile's CA or a trusted fingerprint,
// and a certificate for another name refused whatever is trusted.
#include "simfixture.h"
#include "testcertificates.h"

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
    QString path(const QString &name) const;
    // A simulator serving HTTPS with `certificate`, and a session whose profile trusts what
    // `trust` says; signs in and returns the failure, if any.
    std::optional<ApiError> signInOverTls(const QString &certificate, const QString &key,
                                          const std::function<void(ServerProfile &)> &trust,
                                          int *requestsSeen = nullptr);
    QString fingerprint(const QString &certificate) const;

    TestCertificates m_certificates;
};

void TestTls::initTestCase()
{
    QVERIFY(m_certificates.make());
}

QString TestTls::path(const QString &name) const
{
    return m_certificates.path(name);
}

QString TestTls::fingerprint(const QString &certificate) const
{
    return m_certificates.fingerprint(QString(certificate).remove(QStringLiteral(".crt")));
}

std::optional<ApiError> TestTls::signInOverTls(const QString &certificate, const QString &key,
                                               const std::function<void(ServerProfile &)> &trust,
                                               int *requestsSeen)
{
    auto sim = std::make_unique<Simulator>();
    Q_UNUSED(key)
    const QString name = QString(certificate).remove(QStringLiteral(".crt"));
    sim->enableTls(m_certificates.certificate(name), m_certificates.key(name));
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
