#include "simulator.h"

#include "sim/charlesproxy.h"
#include "sim/gateservice.h"
#include "sim/keycloakrealm.h"
#include "sim/mooveservice.h"
#include "sim/seeder.h"
#include "sim/simlog.h"
#include "sim/simreply.h"
#include "sim/simrequest.h"
#include "sim/tokenstore.h"
#include "sim/userdirectory.h"
#include "sim/workspacestore.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charles::sim {

Simulator::Simulator(const SeedOptions &seed, QObject *parent)
    : QAbstractHttpServer(parent),
      m_users(std::make_unique<UserDirectory>(SimUsers::all())),
      m_workspaces(std::make_unique<WorkspaceStore>()),
      m_tokens(std::make_unique<TokenStore>()),
      m_realm(std::make_unique<KeycloakRealm>(m_users.get())),
      m_gate(std::make_unique<GateService>(m_tokens.get(), m_workspaces.get(), m_users.get())),
      m_moove(std::make_unique<MooveService>(m_workspaces.get(), m_users.get())),
      m_proxy(std::make_unique<CharlesProxy>(m_realm.get(), m_gate.get(), m_moove.get(),
                                             m_tokens.get(), m_users.get()))
{
    QElapsedTimer timer;
    timer.start();
    Seeder(seed).seed(m_workspaces.get(), m_tokens.get());
    qCDebug(lcSim, "seeded %d workspaces and %d tokens in %lld ms", seed.workspaces, seed.tokens,
            timer.elapsed());
}

Simulator::~Simulator() = default;

quint16 Simulator::listen(quint16 port)
{
    if (m_port != 0)
        return m_port;
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (m_port != 0) {
        m_realm->setIssuerBase(baseUrl());
        qCDebug(lcSim, "listening on 127.0.0.1:%u", unsigned(m_port));
    }
    return m_port;
}

quint16 Simulator::serve(QTcpServer *server)
{
    if (m_port != 0 || !server || !server->isListening())
        return m_port;
    bind(server);
    m_port = server->serverPort();
    m_realm->setIssuerBase(baseUrl());
    qCDebug(lcSim, "serving 127.0.0.1:%u", unsigned(m_port));
    return m_port;
}

void Simulator::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    // Must come before listen(): QAbstractHttpServer wraps the sockets it creates from then.
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString Simulator::rootEmail()
{
    return SimUsers::rootEmail();
}

QString Simulator::rootUserName()
{
    return SimUsers::rootUserName();
}

QString Simulator::rootPassword()
{
    return SimUsers::rootPassword();
}

QString Simulator::plainEmail()
{
    return SimUsers::plainEmail();
}

QString Simulator::plainUserName()
{
    return SimUsers::plainUserName();
}

QString Simulator::plainPassword()
{
    return SimUsers::plainPassword();
}

void Simulator::setLatency(int ms)
{
    m_latencyMs = std::max(0, ms);
}

int Simulator::addFault(const Fault &fault)
{
    ActiveFault active;
    active.id = m_nextFaultId++;
    active.fault = fault;
    active.path = QRegularExpression(fault.pathPattern);
    if (!active.path.isValid())
        qCWarning(lcSim, "fault %d: invalid path pattern; it matches nothing", active.id);
    m_faults.append(active);
    return active.id;
}

void Simulator::removeFault(int id)
{
    m_faults.removeIf([id](const ActiveFault &fault) { return fault.id == id; });
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

void Simulator::setAccessTokenLifetime(int seconds)
{
    m_realm->setAccessTokenLifetime(seconds);
}

void Simulator::setRefreshTokenLifetime(int seconds)
{
    m_realm->setRefreshTokenLifetime(seconds);
}

void Simulator::expireAccessTokens()
{
    m_realm->expireAccessTokens();
}

void Simulator::endSessions()
{
    m_realm->endSessions();
}

void Simulator::setPasswordGrantEnabled(bool enabled)
{
    m_realm->setPasswordGrantEnabled(enabled);
}

bool Simulator::setPassword(const QString &userNameOrEmail, const QString &password)
{
    return m_users->setPassword(userNameOrEmail, password);
}

QList<RecordedRequest> Simulator::requests() const
{
    return m_requests;
}

void Simulator::clearRequests()
{
    m_requests.clear();
}

int Simulator::requestCount(const QByteArray &method, const QString &pathRegex) const
{
    const QRegularExpression path(pathRegex);
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        const bool methodFits = method.isEmpty() || request.method == method.toUpper();
        if (methodFits && path.match(request.path).hasMatch())
            ++count;
    }
    return count;
}

QString Simulator::addToken(const QString &name, const QStringList &permissions,
                            const QStringList &workspaceIds, bool allWorkspaces)
{
    return m_gate->addToken(name, permissions, workspaceIds, allWorkspaces);
}

bool Simulator::revokeToken(const QString &id)
{
    return m_tokens->revoke(id, m_tokens->nextNsecs());
}

int Simulator::activeTokenCount() const
{
    return m_tokens->activeCount();
}

QStringList Simulator::workspaceIds() const
{
    return m_workspaces->ids();
}

QString Simulator::workspaceName(const QString &id) const
{
    const Workspace *workspace = m_workspaces->find(id);
    return workspace ? workspace->name : QString();
}

bool Simulator::isTokenValueValid(const QString &id, const QByteArray &value) const
{
    const SystemToken *token = m_tokens->find(id);
    return token && !token->revoked && token->valueHash == util::sha256(value);
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// Decodes each segment but keeps an encoded '/' visible, so that a base64
// e-mail with '/' stays one segment.
static QString decodePath(const QByteArray &encodedPath)
{
    const QList<QByteArray> segments = encodedPath.split('/');
    QStringList decoded;
    decoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        decoded.append(
            QString::fromUtf8(QByteArray::fromPercentEncoding(segment)).replace(u'/', u"%2F"_s));
    return decoded.join(u'/');
}

std::optional<Fault> Simulator::takeFault(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        ActiveFault &active = m_faults[i];
        const QByteArray &wanted = active.fault.method;
        if (!wanted.isEmpty() && wanted.toUpper() != method)
            continue;
        if (!active.path.isValid() || !active.path.match(path).hasMatch())
            continue;
        if (active.fault.times == 0)
            continue;
        const Fault fault = active.fault;
        if (active.fault.times > 0 && --active.fault.times == 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

static SimReply replyForFault(const Fault &fault)
{
    switch (fault.action) {
    case Fault::Action::Drop:
        return SimReply::drop();
    case Fault::Action::NoAnswer:
        return {SimReply::Kind::NoAnswer, 0, {}, {}};
    case Fault::Action::Truncate:
        return {SimReply::Kind::Truncate, fault.status, fault.contentType, fault.body};
    case Fault::Action::Respond:
        break;
    }
    return {SimReply::Kind::Answer, fault.status, fault.contentType, fault.body};
}

// What the log says about an answer; never its body or any header.
static QByteArray outcome(const SimReply &reply, bool fromFault, int delayMs)
{
    QByteArray text;
    switch (reply.kind) {
    case SimReply::Kind::Answer:
        text = QByteArray::number(reply.status);
        break;
    case SimReply::Kind::Drop:
        text = "dropped";
        break;
    case SimReply::Kind::NoAnswer:
        text = "no answer";
        break;
    case SimReply::Kind::Truncate:
        text = QByteArray::number(reply.status) + " truncated";
        break;
    }
    if (fromFault)
        text += " (fault)";
    if (delayMs > 0 && reply.kind != SimReply::Kind::NoAnswer)
        text += " after " + QByteArray::number(delayMs) + " ms";
    return text;
}

bool Simulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    SimRequest incoming;
    incoming.method = methodName(request.method());
    incoming.encodedPath = url.path(QUrl::FullyEncoded);
    incoming.path = decodePath(incoming.encodedPath.toLatin1());
    incoming.query = util::parseForm(url.query(QUrl::FullyEncoded).toLatin1());
    incoming.headers = request.headers();
    incoming.body = request.body();

    m_requests.append(
        {incoming.method, incoming.path, request.query(), incoming.headers, incoming.body});
    Q_EMIT requestReceived(incoming.method, incoming.path);

    SimReply reply;
    int delayMs = m_latencyMs;
    const std::optional<Fault> fault = takeFault(incoming.method, incoming.path);
    if (fault) {
        reply = replyForFault(*fault);
        delayMs += std::max(0, fault->delayMs);
    } else {
        reply = m_proxy->handle(incoming);
    }

    qCDebug(lcSim).noquote() << incoming.method << incoming.path << "->"
                             << outcome(reply, fault.has_value(), delayMs);

    answer(std::make_shared<QHttpServerResponder>(makeResponder(request, socket)), socket, reply,
           delayMs);
    return true;
}

void Simulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest takes every request; this is only a safety net.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, socket, SimReply::empty(404));
}

void Simulator::answer(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
                       const SimReply &reply, int delayMs)
{
    // Without a write, QHttpServerResponder's destructor sends nothing in Qt
    // 6.4, so dropping it leaves the connection open and silent.
    if (reply.kind == SimReply::Kind::NoAnswer)
        return;
    if (delayMs <= 0) {
        write(*responder, socket, reply);
        return;
    }
    // The socket is the timer's context: if the client goes away first, the
    // answer is simply never written.
    QTimer::singleShot(
        delayMs, Qt::PreciseTimer, socket,
        [responder = std::move(responder), guard = QPointer<QTcpSocket>(socket), reply] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(*responder, guard.data(), reply);
        });
}

void Simulator::write(QHttpServerResponder &responder, QTcpSocket *socket, const SimReply &reply)
{
    if (reply.kind == SimReply::Kind::Drop) {
        socket->abort();
        return;
    }

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    if (reply.kind == SimReply::Kind::Truncate) {
        // Promise more than is sent, then hang up.
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size() + 512));
        responder.writeBody(reply.body);
        socket->disconnectFromHost();
        return;
    }
    const bool bodyless = reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (!bodyless)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(bodyless ? QByteArray() : reply.body);
}

} // namespace charles::sim
