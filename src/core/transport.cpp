#include "transport.h"

#include "logging.h"
#include "oneshotbody.h"
#include "pendingcall.h"
#include "secretvalue.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace charles {

namespace {

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return ApiError::Kind::NetworkUnreachable;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolUnknownError:
        return ApiError::Kind::UnexpectedResponse;
    default:
        return ApiError::Kind::ConnectionLost;
    }
}

CertificateProblem describeProblem(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    CertificateProblem problem;
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors) {
        problem.problems.append(e.errorString());
        if (e.error() == QSslError::HostNameMismatch)
            problem.hostNameMismatch = true;
        if (leaf.isNull() && !e.certificate().isNull())
            leaf = e.certificate();
    }
    if (!leaf.isNull()) {
        problem.subject = leaf.subjectDisplayName();
        problem.issuer = leaf.issuerDisplayName();
        problem.sha256 = QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());
    }
    return problem;
}

} // namespace

QString loggablePath(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded);
}

Transport::Transport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

void Transport::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_sslConfiguration.reset();
}

const QSslConfiguration &Transport::sslConfiguration()
{
    if (m_sslConfiguration)
        return *m_sslConfiguration;
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_profile.caCertificateFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(m_profile.caCertificateFile);
        if (certificates.isEmpty())
            qCWarning(lcApi) << "no certificate could be read from the profile's CA file";
        else
            m_sslConfiguration->addCaCertificates(certificates);
    }
    return *m_sslConfiguration;
}

PendingCall *Transport::send(HttpRequest request, QObject *context, Handler handler)
{
    auto *call = new PendingCall(this);

    QNetworkRequest networkRequest(request.url);
    if (request.url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(sslConfiguration());
    // Redirects never carry credentials to another host, scheme or port.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &header : std::as_const(request.headers))
        networkRequest.setRawHeader(header.first, header.second);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET" || request.method == "HEAD") {
        reply = m_network->sendCustomRequest(networkRequest, request.method);
    } else {
        // Never sent twice by Qt's own retry (see OneShotBody); POST and PUT without a body
        // still send Content-Length: 0, as proxies expect.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(std::move(request.body));
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    wipe(request.body);
    for (auto &header : request.headers)
        wipe(header.second);
    ++m_requestsSent;
    Q_EMIT requestSent(request.method, request.url);

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);

    // A transfer timeout: no byte moving for this long ends the call.
    auto *idle = new QTimer(reply);
    idle->setSingleShot(true);
    idle->setInterval(m_transferTimeout);
    connect(idle, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    idle->start();
    const auto progress = [idle](qint64, qint64) {
        idle->start();
    };
    connect(reply, &QNetworkReply::uploadProgress, idle, progress);

    const qint64 maxBody = m_maxBodySize;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, idle, tooLarge, maxBody](qint64 received, qint64 total) {
                idle->start();
                if (received > maxBody || total > maxBody) {
                    *tooLarge = true;
                    reply->abort();
                }
            });

    auto certificateProblem = std::make_shared<CertificateProblem>();
    const QStringList trusted = m_profile.trustedFingerprints;
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, certificateProblem, trusted](const QList<QSslError> &errors) {
                *certificateProblem = describeProblem(reply, errors);
                // The admin may have trusted this exact certificate for this profile; that
                // never covers a certificate issued for another name.
                if (!certificateProblem->hostNameMismatch &&
                    trusted.contains(certificateProblem->sha256, Qt::CaseInsensitive)) {
                    qCInfo(lcApi) << "accepting the certificate trusted by fingerprint for"
                                  << reply->url().host();
                    reply->ignoreSslErrors(errors);
                    return;
                }
                for (const QSslError &e : errors)
                    qCWarning(lcApi)
                        << "TLS error for" << reply->url().host() << ':' << e.errorString();
            });

    connect(call, &PendingCall::aborted, reply, [reply] {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    });

    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, call,
            [this, reply, timedOut, tooLarge, clock, guard, handler = std::move(handler), call,
             certificateProblem] {
                const Handler h = guard ? handler : Handler();
                finishReply(reply, *timedOut, *tooLarge, *clock, h, call, *certificateProblem);
            });
    return call;
}

void Transport::finishReply(QNetworkReply *reply, bool timedOut, bool tooLarge,
                            const QElapsedTimer &clock, const Handler &handler, PendingCall *call,
                            const CertificateProblem &certificate)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray method = reply->operation() == QNetworkAccessManager::CustomOperation
        ? reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : QByteArray();
    const QString path = loggablePath(reply->url());

    auto deliver = [&](Result<HttpResponse> result) {
        call->finish();
        if (handler)
            handler(std::move(result));
    };

    if (tooLarge) {
        qCWarning(lcApi).noquote()
            << method << path << "-> answer over" << m_maxBodySize << "bytes, cut off";
        deliver(ApiError(ApiError::Kind::UnexpectedResponse, status, {},
                         QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodySize)));
        return;
    }
    if (timedOut) {
        qCWarning(lcApi).noquote()
            << method << path << "-> no answer in" << m_transferTimeout << "ms";
        deliver(ApiError(ApiError::Kind::Timeout, 0, {},
                         QStringLiteral("no data for %1 ms").arg(m_transferTimeout)));
        return;
    }

    QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (status == 0) {
        ApiError error(kindForNetworkError(networkError), 0, {}, reply->errorString());
        if (!certificate.isEmpty()) {
            error = ApiError(ApiError::Kind::Tls, 0, {}, reply->errorString());
            error.setCertificateProblem(certificate);
        }
        qCWarning(lcApi).noquote()
            << method << path << "-> failed:" << error.logText() << "in" << clock.elapsed() << "ms";
        wipe(body);
        deliver(error);
        return;
    }

    qCDebug(lcApi).noquote() << method << path << "->" << status << "in" << clock.elapsed() << "ms";

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status >= 200 && status < 300) {
        // A body cut short (the server closed mid-answer) is not an answer.
        if (networkError != QNetworkReply::NoError) {
            wipe(body);
            deliver(ApiError(ApiError::Kind::ConnectionLost, status, {}, reply->errorString()));
            return;
        }
        deliver(HttpResponse {status, contentType, std::move(body)});
        return;
    }

    const ApiError error = ApiError::fromHttp(status, contentType, body);
    wipe(body);
    qCInfo(lcApi).noquote() << method << path << "->" << error.logText();
    deliver(error);
}

} // namespace charles
