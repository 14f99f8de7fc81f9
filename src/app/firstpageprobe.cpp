#include "firstpageprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <ctime>

bool FirstPageProbe::requested()
{
    return qEnvironmentVariableIsSet("CHARLES_REPORT_FIRST_PAGE");
}

void FirstPageProbe::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new FirstPageProbe(view));
}

FirstPageProbe::FirstPageProbe(QAbstractItemView *view)
    : QObject(view), m_view(view), m_quit(qgetenv("CHARLES_REPORT_FIRST_PAGE") == "quit")
{
}

bool FirstPageProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done && m_view->model() &&
        m_view->model()->rowCount(m_view->rootIndex()) > 0) {
        m_done = true;
        const int rows = m_view->model()->rowCount(m_view->rootIndex());
        // The filter runs before the paint; the line goes out once this paint is done.
        QTimer::singleShot(0, this, [this, rows] {
            // The process's CPU time (every thread) tells a busy machine's scheduling apart
            // from the work itself; this thread's alone is what the GUI thread did.
            const auto milliseconds = [](clockid_t clock) {
                timespec cpu {};
                clock_gettime(clock, &cpu);
                return double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
            };
            std::printf("%s %d tokens cpu_ms=%.3f gui_cpu_ms=%.3f\n", kMarker, rows,
                        milliseconds(CLOCK_PROCESS_CPUTIME_ID),
                        milliseconds(CLOCK_THREAD_CPUTIME_ID));
            std::fflush(stdout);
            if (m_quit)
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
