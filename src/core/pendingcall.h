#pragma once

#include <QObject>

namespace charles {

// A call in flight. It deletes itself once finished or aborted; hold it in a QPointer.
// Aborting guarantees the call's handler is never invoked.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    explicit PendingCall(QObject *parent = nullptr);

    void abort();
    bool isAborted() const { return m_aborted; }
    bool isFinished() const { return m_finished; }

    // For the code that runs the call: marks it finished and schedules its deletion.
    void finish();

Q_SIGNALS:
    void aborted();
    void finished();

private:
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace charles
