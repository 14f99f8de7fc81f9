#include "simulatorthread.h"

#include "simulator.h"

#include <QMutexLocker>
#include <QTcpServer>

namespace charles::sim {

SimulatorThread::SimulatorThread(const SeedOptions &seed, quint16 port, QObject *parent)
    : QObject(parent), m_anchor(std::make_unique<QObject>())
{
    // Listening takes a fraction of a millisecond: the address is known at once, and
    // connections queue in the backlog until the simulator, built on the thread, takes over.
    auto *server = new QTcpServer;
    if (server->listen(QHostAddress::LocalHost, port)) {
        m_baseUrl.setScheme(QStringLiteral("http"));
        m_baseUrl.setHost(QStringLiteral("127.0.0.1"));
        m_baseUrl.setPort(server->serverPort());
    } else {
        delete server;
        server = nullptr;
    }

    m_thread.setObjectName(QStringLiteral("simulator"));
    m_anchor->moveToThread(&m_thread);
    if (server)
        server->moveToThread(&m_thread);
    // Queued before the thread runs: the first thing its event loop does.
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, seed, server] {
            m_simulator = new Simulator(seed);
            if (server)
                m_simulator->serve(server);
            {
                const QMutexLocker locker(&m_mutex);
                m_ready = true;
                m_readyCondition.wakeAll();
            }
            Q_EMIT ready(m_baseUrl);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

SimulatorThread::~SimulatorThread()
{
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this] {
            delete m_simulator;
            m_simulator = nullptr;
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    // m_anchor goes now, its thread finished.
}

bool SimulatorThread::isReady() const
{
    const QMutexLocker locker(&m_mutex);
    return m_ready;
}

bool SimulatorThread::waitUntilReady()
{
    const QMutexLocker locker(&m_mutex);
    while (!m_ready)
        m_readyCondition.wait(&m_mutex);
    return !m_baseUrl.isEmpty();
}

void SimulatorThread::run(const std::function<void(Simulator &)> &f)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, &f] {
            if (m_simulator)
                f(*m_simulator);
        },
        Qt::BlockingQueuedConnection);
}

} // namespace charles::sim
