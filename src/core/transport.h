#pragma once

#include "result.h"
#include "serverprofile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace charles {

class PendingCall;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType;
    QByteArray body; // wiped once sent: it may hold a password or a refresh token
};

struct HttpResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The one place that talks HTTP: builds requests for the current server profile (its TLS
// trust included), enforces the transfer timeout and a body size limit, maps every failure
// to an ApiError, and logs each exchange as method, path, status and duration; never a
// header, a body or a query value that could carry a secret.
class Transport : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(Result<HttpResponse>)>;

    explicit Transport(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }

    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const { return m_profile; }

    // No byte received or sent for this long ends a call with a Timeout error.
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }
    int transferTimeout() const { return m_transferTimeout; }

    // Answers larger than this are cut off and reported as unexpected.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }

    // 2xx answers come to the handler as HttpResponse, everything else as an ApiError.
    // The handler runs once, and only while `context` lives, unless the call is aborted.
    PendingCall *send(HttpRequest request, QObject *context, Handler handler);

    // How many requests this transport has sent (tests and benchmarks count them).
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void requestSent(const QByteArray &method, const QUrl &url);

private:
    const QSslConfiguration &sslConfiguration();
    void finishReply(QNetworkReply *reply, bool timedOut, bool tooLarge, const QElapsedTimer &clock,
                     const Handler &handler, PendingCall *call,
                     const CertificateProblem &certificate);

    QNetworkAccessManager *m_network;
    ServerProfile m_profile;
    // Empty until the first https request: even a default-constructed QSslConfiguration
    // loads the TLS backend and OpenSSL, start-up time a plain-http server never needs.
    std::optional<QSslConfiguration> m_sslConfiguration;
    int m_transferTimeout = 30000;
    qint64 m_maxBodySize = 16 * 1024 * 1024;
    int m_requestsSent = 0;
};

// The path of a URL with any query removed: what logs show of a request.
QString loggablePath(const QUrl &url);

} // namespace charles
