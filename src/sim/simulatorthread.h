#pragma once

#include "sim/seedoptions.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <type_traits>

namespace charles::sim {

class Simulator;

// A Simulator living in a thread of its own, as a remote server would: building it (seeding,
// and the TLS library QtHttpServer loads, most of the cost) overlaps whatever the caller does
// meanwhile, and its work never shows as time spent in the caller's event loop. Its socket
// listens from the constructor on, so requests can be sent at once: they wait in the
// socket's backlog until the simulator is built. The demo and the benchmarks use it; tests
// read and change the simulator through with().
class SimulatorThread : public QObject
{
    Q_OBJECT

public:
    // Listens on 127.0.0.1 at `port` (0: any free port), then starts the thread, which builds
    // the simulator.
    explicit SimulatorThread(const SeedOptions &seed = {}, quint16 port = 0,
                             QObject *parent = nullptr);
    ~SimulatorThread() override; // the simulator is deleted on its thread, then the thread ends

    // The simulator's address from the constructor on; empty when it could not listen.
    QUrl baseUrl() const { return m_baseUrl; }

    // True once the thread has built the simulator.
    bool isReady() const;
    // Blocks until then; true when the simulator serves.
    bool waitUntilReady();

    // Runs `f` on the simulator's thread and waits for its result. Call it from another
    // thread, once ready.
    template<typename F>
    auto with(F &&f) -> std::invoke_result_t<F, Simulator &>
    {
        using R = std::invoke_result_t<F, Simulator &>;
        if constexpr (std::is_void_v<R>) {
            run([&](Simulator &sim) { f(sim); });
        } else {
            R result {};
            run([&](Simulator &sim) { result = f(sim); });
            return result;
        }
    }

Q_SIGNALS:
    // Once, from the simulator's thread, when it is built: its address, or an empty URL when
    // it could not listen. Check isReady() after connecting: it may have come already.
    void ready(const QUrl &baseUrl);

private:
    void run(const std::function<void(Simulator &)> &f);

    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives in m_thread: the context run() posts to
    Simulator *m_simulator = nullptr; // owned; touched only on m_thread
    mutable QMutex m_mutex;
    QWaitCondition m_readyCondition;
    bool m_ready = false; // guarded by m_mutex
    QUrl m_baseUrl; // set before the thread starts
};

} // namespace charles::sim
