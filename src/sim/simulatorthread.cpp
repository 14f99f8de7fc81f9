#include "simulatorthread.h"

#include "simulator.h"

#include <QMutexLocker>

namespace charles::sim {

SimulatorThread::SimulatorThread(const SeedOptions &seed, quint16 port, QObject *parent)
    : QObject(parent), m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("simulator"));
    m_anchor->moveToThread(&m_thread);
    // Queued before the thread runs: the first thing its event loop does.
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, seed, port] {
            m_simulator = new Simulator(seed);
            QUrl url;
            if (m_simulator->listen(port) != 0)
                url = m_simulator->baseUrl();
            {
                const QMutexLocker locker(&m_mutex);
                m_baseUrl = url;
                m_ready = true;
                m_readyCondition.wakeAll();
            }
            Q_EMIT ready(url);
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

QUrl SimulatorThread::baseUrl() const
{
    const QMutexLocker locker(&m_mutex);
    return m_baseUrl;
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
