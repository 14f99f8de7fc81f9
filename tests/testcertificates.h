#pragma once

// Certificates made with openssl at test time, in a temporary folder: a CA, a certificate
// from it for 127.0.0.1 ("local") and one for another name ("other"), and a self-signed
// one for 127.0.0.1 ("self"). Each has <name>.crt and <name>.key.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

class TestCertificates
{
public:
    bool make()
    {
        if (!m_dir.isValid())
            return false;
        const QStringList key = {QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                 QStringLiteral("-nodes")};
        const auto days = QStringList {QStringLiteral("-days"), QStringLiteral("2")};
        if (!openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + key + days +
                     QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                  QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Charles Test CA")}))
            return false;
        const QList<QStringList> issued = {
            {QStringLiteral("local"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1")},
            {QStringLiteral("other"), QStringLiteral("other.example"),
             QStringLiteral("DNS:other.example")}};
        for (const QStringList &cert : issued) {
            const QString &name = cert.at(0);
            QFile ext(path(name + QStringLiteral(".ext")));
            if (!ext.open(QIODevice::WriteOnly))
                return false;
            ext.write("subjectAltName=" + cert.at(2).toLatin1() + "\n");
            ext.close();
            if (!openssl(QStringList {QStringLiteral("req")} + key +
                         QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                      QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                      QStringLiteral("-subj"),
                                      QStringLiteral("/CN=") + cert.at(1)}))
                return false;
            if (!openssl(QStringList {QStringLiteral("x509"), QStringLiteral("-req"),
                                      QStringLiteral("-in"), name + QStringLiteral(".csr"),
                                      QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                                      QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                                      QStringLiteral("-CAcreateserial"), QStringLiteral("-extfile"),
                                      name + QStringLiteral(".ext"), QStringLiteral("-out"),
                                      name + QStringLiteral(".crt")} +
                         days))
                return false;
        }
        return openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + key + days +
                       QStringList {QStringLiteral("-keyout"), QStringLiteral("self.key"),
                                    QStringLiteral("-out"), QStringLiteral("self.crt"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                    QStringLiteral("-addext"),
                                    QStringLiteral("subjectAltName=IP:127.0.0.1")});
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }

    QSslCertificate certificate(const QString &name) const
    {
        const auto certs = QSslCertificate::fromPath(path(name + QStringLiteral(".crt")));
        return certs.isEmpty() ? QSslCertificate() : certs.first();
    }

    QSslKey key(const QString &name) const
    {
        QFile file(path(name + QStringLiteral(".key")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QSslKey(file.readAll(), QSsl::Rsa);
    }

    QString fingerprint(const QString &name) const
    {
        return QString::fromLatin1(certificate(name).digest(QCryptographicHash::Sha256).toHex());
    }

private:
    bool openssl(const QStringList &arguments)
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

    QTemporaryDir m_dir;
};
