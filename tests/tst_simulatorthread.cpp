// SimulatorThread: the simulator's address is known at once, requests sent before the
// simulator is built wait in the socket's backlog and are answered, and the simulator is
// read and changed on its own thread.
#include "sim/simulator.h"
#include "sim/simulatorthread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace charles::sim;

class TestSimulatorThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensAtOnceAndAnswersOnceBuilt();
    void aTakenPortLeavesNoAddress();
    void runsCallsOnItsOwnThread();
};

void TestSimulatorThread::listensAtOnceAndAnswersOnceBuilt()
{
    SimulatorThread thread;
    QSignalSpy ready(&thread, &SimulatorThread::ready);
    const QUrl base = thread.baseUrl();
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);

    // Sent at once, most likely before the simulator is built: it waits, then is answered.
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/gate/api/v1/system-token"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    // No bearer token: the proxy refuses, which means the simulator answered.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);

    QVERIFY(thread.waitUntilReady());
    QVERIFY(thread.isReady());
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.constFirst().constFirst().toUrl(), base);
    QCOMPARE(thread.with([](Simulator &sim) {
        return sim.requestCount("GET", QStringLiteral("^/gate/api/v1/system-token$"));
    }),
             1);
    QCOMPARE(thread.with([](Simulator &sim) { return sim.baseUrl(); }), base);
}

void TestSimulatorThread::aTakenPortLeavesNoAddress()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    SimulatorThread thread(SeedOptions {}, taken.serverPort());
    QVERIFY(thread.baseUrl().isEmpty());
    QVERIFY(!thread.waitUntilReady());
    QVERIFY(thread.isReady());
}

void TestSimulatorThread::runsCallsOnItsOwnThread()
{
    SimulatorThread thread;
    QThread *simulatorThread = thread.with([](Simulator &sim) { return sim.thread(); });
    QVERIFY(simulatorThread);
    QVERIFY(simulatorThread != QThread::currentThread());
    const int before = thread.with([](Simulator &sim) { return sim.activeTokenCount(); });
    const QString id = thread.with([](Simulator &sim) {
        return sim.addToken(QStringLiteral("from-the-test"), {QStringLiteral("deploy_write")}, {},
                            true);
    });
    QVERIFY(!id.isEmpty());
    QCOMPARE(thread.with([](Simulator &sim) { return sim.activeTokenCount(); }), before + 1);
}

QTEST_GUILESS_MAIN(TestSimulatorThread)
#include "tst_simulatorthread.moc"
