// The start-up baseline: a Qt Widgets main window whose list shows 50 rows, started the way
// charles-tokens is (QApplication, offscreen in the benchmark), ending at the first paint
// of its rows under CHARLES_REPORT_FIRST_PAGE=quit, reported by the application's own probe.
#include "firstpageprobe.h"

#include <QApplication>
#include <QListView>
#include <QMainWindow>
#include <QStringListModel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_minimal_window"));

    QStringList rows;
    for (int i = 0; i < 50; ++i)
        rows.append(QStringLiteral("token %1").arg(i + 1));
    QStringListModel model(rows);

    QMainWindow window;
    auto *view = new QListView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1000, 700);
    if (FirstPageProbe::requested())
        FirstPageProbe::install(view);
    window.show();
    return QApplication::exec();
}
