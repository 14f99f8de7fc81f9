#pragma once

#include "sim/fault.h"
#include "sim/recordedrequest.h"
#include "sim/seedoptions.h"
#include "sim/simusers.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerResponder;
class QSslCertificate;
class QSslKey;
class QTcpServer;
class QTcpSocket;

namespace charles::sim {

class CharlesProxy;
class GateService;
class KeycloakRealm;
class MooveService;
class TokenStore;
class UserDirectory;
class WorkspaceStore;
struct SimReply;

// A whole Charles installation (Envoy proxy, gate, moove, Keycloak) on
// 127.0.0.1, in this thread, for --demo and for tests. It knows nothing of
// the client's code: the two meet only on the wire.
class Simulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Simulator(const SeedOptions &seed = {}, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1 only; 0 picks a free port. Returns the port, 0 on
    // failure. Calling it again returns the port already in use.
    quint16 listen(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:<port>, or https:// once TLS is on
    // Serves plain HTTP on `server`, which already listens on 127.0.0.1 (the simulator takes
    // it). Connections that came before are answered too. Returns the port, 0 if it does not
    // listen.
    quint16 serve(QTcpServer *server);
    // Serves HTTPS with this certificate and key; call before listen().
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);

    static QString rootEmail();
    static QString rootUserName();
    static QString rootPassword();
    static QString plainEmail();
    static QString plainUserName();
    static QString plainPassword();

    // Behaviour knobs.
    void setLatency(int ms); // added to every answer
    int addFault(const Fault &fault);
    void removeFault(int id);
    void clearFaults();
    void setAccessTokenLifetime(int seconds); // expires_in of new access tokens (300)
    void setRefreshTokenLifetime(int seconds); // refresh_expires_in of new ones (1800)
    void expireAccessTokens(); // every access token issued so far stops working
    void endSessions(); // every refresh token fails with "Session not active"
    void setPasswordGrantEnabled(bool enabled); // false: 400 unauthorized_client
    // Changes a Keycloak account's password (by user name or e-mail), e.g. to
    // one that needs form encoding. Returns false for an unknown account.
    bool setPassword(const QString &userNameOrEmail, const QString &password);

    // Inspection.
    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Requests so far whose method (empty = any) and path (a regular
    // expression) match.
    int requestCount(const QByteArray &method, const QString &pathRegex) const;

    // Data, changed as another admin would change it.
    QString addToken(const QString &name, const QStringList &permissions,
                     const QStringList &workspaceIds, bool allWorkspaces);
    bool revokeToken(const QString &id);
    int activeTokenCount() const;
    QStringList workspaceIds() const;
    QString workspaceName(const QString &id) const;
    // True when `value` is the current value of the unrevoked token `id`.
    bool isTokenValueValid(const QString &id, const QByteArray &value) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct ActiveFault
    {
        int id = 0;
        Fault fault;
        QRegularExpression path;
    };

    std::optional<Fault> takeFault(const QByteArray &method, const QString &path);
    void answer(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
                const SimReply &reply, int delayMs);
    static void write(QHttpServerResponder &responder, QTcpSocket *socket, const SimReply &reply);

    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<WorkspaceStore> m_workspaces;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<KeycloakRealm> m_realm;
    std::unique_ptr<GateService> m_gate;
    std::unique_ptr<MooveService> m_moove;
    std::unique_ptr<CharlesProxy> m_proxy;

    QList<ActiveFault> m_faults;
    int m_nextFaultId = 1;
    int m_latencyMs = 0;
    quint16 m_port = 0;
    bool m_tls = false;
    QList<RecordedRequest> m_requests;
};

} // namespace charles::sim
