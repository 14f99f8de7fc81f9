#include "pendingcall.h"

namespace charles {

PendingCall::PendingCall(QObject *parent) : QObject(parent) { }

void PendingCall::abort()
{
    if (m_aborted || m_finished)
        return;
    m_aborted = true;
    Q_EMIT aborted();
    deleteLater();
}

void PendingCall::finish()
{
    if (m_aborted || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace charles
