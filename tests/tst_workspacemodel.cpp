// The checkable workspace model: pages of 50, search, and a selection that survives both.
#include "core/workspacemodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>

using namespace charles;

class TestWorkspaceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pagesOf50AndSelectionSurvivesSearch();
    void errorState();
};

void TestWorkspaceModel::pagesOf50AndSelectionSurvivesSearch()
{
    charles::sim::SeedOptions seed;
    seed.workspaces = 120;
    seed.tokens = 5;
    SimFixture f(seed);
    QVERIFY(f.signIn());
    WorkspaceModel model(f.api.get());
    model.setDebounceInterval(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.reload();
    QTRY_VERIFY(model.rowCount() >= 50);
    // The tester fetches more by itself as it checks; fetch whatever it has not.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.rowCount() == 120 && model.state() == WorkspaceModel::State::Loaded;
        }(),
        10000);
    QVERIFY(!model.canFetchMore({}));
    for (const auto &r : f.sim->requests()) {
        if (r.path.startsWith(QLatin1String("/moove/v2/workspaces")))
            QVERIFY(r.query.queryItemValue(QStringLiteral("size")).toInt() <= 50);
    }

    // Check one from the first page and one from the third.
    QSignalSpy changed(&model, &WorkspaceModel::selectionChanged);
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(110), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 2);
    const QString first = model.index(0).data(WorkspaceModel::IdRole).toString();
    const QString last = model.index(110).data(WorkspaceModel::IdRole).toString();
    QCOMPARE(model.selectedIds(), (QStringList {first, last}));

    // Search for something else: the selection stays.
    const QString otherName = model.index(60).data().toString();
    model.setSearchText(otherName);
    QTRY_COMPARE(model.state(), WorkspaceModel::State::Loaded);
    QTRY_VERIFY(model.rowCount() >= 1 && model.rowCount() < 120);
    QCOMPARE(model.selectedIds(), (QStringList {first, last}));
    model.setSearchText(QString());
    QTRY_VERIFY(model.rowCount() >= 50 && model.state() == WorkspaceModel::State::Loaded);
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.selectedIds(), QStringList {last});
    QCOMPARE(model.selection().first().name, f.sim->workspaceName(last));
}

void TestWorkspaceModel::errorState()
{
    SimFixture f;
    QVERIFY(f.signIn());
    charles::sim::Fault fault;
    fault.pathPattern = QStringLiteral("^/moove/v2/workspaces");
    fault.status = 502;
    fault.contentType = "text/html";
    fault.body = "<html>bad gateway</html>";
    fault.times = 1;
    f.sim->addFault(fault);
    WorkspaceModel model(f.api.get());
    model.reload();
    QTRY_COMPARE(model.state(), WorkspaceModel::State::Error);
    QCOMPARE(model.lastError().kind(), ApiError::Kind::ServerError);
    QVERIFY(!model.canFetchMore({}));
    model.reload();
    QTRY_COMPARE(model.state(), WorkspaceModel::State::Loaded);
}

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
