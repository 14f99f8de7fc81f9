#pragma once

#include <QObject>

class QAbstractItemView;

// For start-up measurements and package checks. Under CHARLES_REPORT_FIRST_PAGE, once the
// token list has painted with at least one row, prints one line on standard output,
// "first page shown: <rows> tokens cpu_ms=<process CPU time so far> gui_cpu_ms=<the GUI
// thread's>", and with the value "quit" then quits the application.
class FirstPageProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kMarker = "first page shown:";

    // True when CHARLES_REPORT_FIRST_PAGE is set.
    static bool requested();
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPageProbe(QAbstractItemView *view);

    QAbstractItemView *m_view;
    bool m_quit = false;
    bool m_done = false;
};
