// The token list model over the simulator: paging, searching, superseded answers, shifting
// offsets, local changes; always under QAbstractItemModelTester.
#include "core/tokenlistmodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>

using namespace charles;
using charles::sim::Fault;

class TestTokenListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void loadsPageByPageUntilAShortPage();
    void searchIsDebounced();
    void searchUsesLikeSemantics();
    void shortFilteredPageEndsTheListDespiteLast();
    void olderAnswerNeverOverwritesNewer();
    void shiftedPagesKeepOneRowPerToken();
    void revokedElsewhereDoesNotSkipATokenOnTheNextPage();
    void errorThenRetry();
    void emptyState();
    void localInsertUpdateRemove();
    void sortChangeReloads();
    void rolesDescribeTheToken();
    void passesTheModelTester();

private:
    void loadAll();

    std::unique_ptr<SimFixture> m_f;
    std::unique_ptr<TokenListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTokenListModel::init()
{
    charles::sim::SeedOptions seed;
    seed.tokens = 120;
    seed.workspaces = 10;
    m_f = std::make_unique<SimFixture>(seed);
    QVERIFY(m_f->signIn());
    m_model = std::make_unique<TokenListModel>(m_f->api.get());
    m_model->setPageSize(50);
    m_model->setDebounceInterval(30);
    m_f->sim->clearRequests();
}

void TestTokenListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.reset();
}

void TestTokenListModel::loadAll()
{
    // The model tester may fetch on its own: wait for whoever asked.
    while (!m_model->isExhausted()) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
    }
}

void TestTokenListModel::loadsPageByPageUntilAShortPage()
{
    QCOMPARE(m_model->state(), TokenListModel::State::Idle);
    m_model->reload();
    QCOMPARE(m_model->state(), TokenListModel::State::Loading);
    QTRY_COMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->state(), TokenListModel::State::Loaded);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QTRY_COMPARE(m_model->rowCount(), 100);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), m_f->sim->activeTokenCount());
    QVERIFY(m_model->isExhausted());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_f->sim->requestCount("GET", QStringLiteral("^/gate/api/v1/system-token$")), 3);
}

void TestTokenListModel::searchIsDebounced()
{
    m_model->reload();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    m_f->sim->clearRequests();
    m_model->setDebounceInterval(200);
    const QString word = QStringLiteral("pipeline");
    for (int i = 1; i <= word.size(); ++i)
        m_model->setSearchText(word.left(i));
    QTRY_VERIFY(m_f->sim->requestCount("GET", QStringLiteral("system-token$")) == 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_f->sim->requests().last().query.queryItemValue(QStringLiteral("name")), word);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row).data().toString().contains(word, Qt::CaseInsensitive));
}

void TestTokenListModel::searchUsesLikeSemantics()
{
    m_f->sim->addToken(QStringLiteral("alpha-beta"), {QStringLiteral("deploy_write")}, {}, true);
    m_model->setSearchText(QStringLiteral("ALPHA_BETA"));
    m_model->applySearchNow();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->matchesSearch(QStringLiteral("alpha-beta")));
    QVERIFY(!m_model->matchesSearch(QStringLiteral("alphabeta")));
}

void TestTokenListModel::shortFilteredPageEndsTheListDespiteLast()
{
    // With a filter, gate still computes `last` from all tokens: a short page says "more"
    // while there is none. The model must stop, not loop on empty pages.
    m_f->sim->addToken(QStringLiteral("unique-needle"), {QStringLiteral("deploy_write")}, {}, true);
    m_model->setSearchText(QStringLiteral("unique-needle"));
    m_model->applySearchNow();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->isExhausted());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_f->sim->requestCount("GET", QStringLiteral("system-token$")), 1);
}

void TestTokenListModel::olderAnswerNeverOverwritesNewer()
{
    // The first query answers late; the second, quick one must win.
    Fault slow;
    slow.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    slow.action = Fault::Action::Respond;
    slow.status = 200;
    slow.body = R"({"content":[{"id":"11111111-1111-4111-8111-111111111111","name":"stale",
        "created_at":"2021-04-27T14:03:12Z"}],"page":0,"size":1,"last":true,"totalPages":1})";
    slow.delayMs = 400;
    slow.times = 1;
    m_f->sim->addFault(slow);
    m_model->setSearchText(QStringLiteral("first"));
    m_model->applySearchNow();
    m_model->setSearchText(QString());
    m_model->applySearchNow();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    QTest::qWait(600);
    QCOMPARE(m_model->rowOf(QStringLiteral("11111111-1111-4111-8111-111111111111")), -1);
    QCOMPARE(m_model->rowCount(), 50);
}

void TestTokenListModel::shiftedPagesKeepOneRowPerToken()
{
    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 50);
    // Another admin creates three tokens: newest first, the next page shifts by three.
    for (int i = 0; i < 3; ++i)
        m_f->sim->addToken(QStringLiteral("new %1").arg(i), {QStringLiteral("deploy_write")}, {},
                           true);
    loadAll();
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->index(row).data(TokenListModel::IdRole).toString());
    QCOMPARE(ids.size(), m_model->rowCount());
    // Every token listed when the list was opened, none twice, none lost; the three new
    // ones sort before the first page and show on the next reload.
    QCOMPARE(m_model->rowCount(), m_f->sim->activeTokenCount() - 3);
}

void TestTokenListModel::revokedElsewhereDoesNotSkipATokenOnTheNextPage()
{
    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 50);
    // This admin revokes two listed tokens: rows leave locally, the server shifts back.
    const QString a = m_model->index(3).data(TokenListModel::IdRole).toString();
    const QString b = m_model->index(10).data(TokenListModel::IdRole).toString();
    QVERIFY(m_f->sim->revokeToken(a));
    QVERIFY(m_f->sim->revokeToken(b));
    m_model->removeToken(a);
    m_model->removeToken(b);
    QCOMPARE(m_model->rowCount(), 48);
    loadAll();
    QCOMPARE(m_model->rowCount(), m_f->sim->activeTokenCount());
}

void TestTokenListModel::errorThenRetry()
{
    Fault fault;
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.status = 503;
    fault.contentType = "text/html";
    fault.body = "<html><body>Service Unavailable</body></html>";
    fault.times = 1;
    m_f->sim->addFault(fault);
    QSignalSpy errors(m_model.get(), &TokenListModel::errorOccurred);
    m_model->reload();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::ServerError);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->reload();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    QCOMPARE(m_model->rowCount(), 50);
}

void TestTokenListModel::emptyState()
{
    m_model->setSearchText(QStringLiteral("no token is called this"));
    m_model->applySearchNow();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Empty);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestTokenListModel::localInsertUpdateRemove()
{
    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 50);
    m_f->sim->clearRequests();

    SystemToken created;
    created.id = QStringLiteral("22222222-2222-4222-8222-222222222222");
    created.name = QStringLiteral("brand new");
    created.createdAt = QDateTime::currentDateTimeUtc();
    created.allWorkspaces = true;
    m_model->insertToken(created);
    QCOMPARE(m_model->rowCount(), 51);
    QCOMPARE(m_model->rowOf(created.id), 0); // newest first

    created.name = QStringLiteral("renamed");
    m_model->updateToken(created);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("renamed"));

    m_model->removeToken(created.id);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->rowOf(created.id), -1);

    // A token that does not match the search is not shown.
    m_model->setSearchText(QStringLiteral("zzz-nothing"));
    m_model->applySearchNow();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Empty);
    m_model->insertToken(created);
    QCOMPARE(m_model->rowCount(), 0);
    created.name = QStringLiteral("has zzz-nothing inside");
    m_model->insertToken(created);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->state(), TokenListModel::State::Loaded);
}

void TestTokenListModel::sortChangeReloads()
{
    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->tokenSort(), TokenSort::CreatedNewest);
    m_model->setSort(TokenSort::NameDescending);
    QCOMPARE(m_model->tokenSort(), TokenSort::NameDescending);
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    QTRY_COMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_f->sim->requests().last().query.queryItemValue(QStringLiteral("sort"),
                                                              QUrl::FullyDecoded),
             QStringLiteral("name desc"));
}

void TestTokenListModel::rolesDescribeTheToken()
{
    SystemToken token;
    token.id = QStringLiteral("33333333-3333-4333-8333-333333333333");
    token.name = QStringLiteral("roles");
    token.createdAt = QDateTime::currentDateTimeUtc().addYears(5);
    token.permissions =
        PermissionSet::fromNames({QStringLiteral("modules_write"), QStringLiteral("modules_read"),
                                  QStringLiteral("circles_read"), QStringLiteral("deploy_write"),
                                  QStringLiteral("hypothesis_read")});
    token.workspaces = {{QStringLiteral("w"), QStringLiteral("payments")}};
    m_model->reload();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    m_model->insertToken(token);
    const QModelIndex index = m_model->index(m_model->rowOf(token.id));
    QCOMPARE(index.data(TokenListModel::ScopesTextRole).toString(),
             QStringLiteral("Modules, Circles: read, Deploy, hypothesis_read"));
    QCOMPARE(index.data(TokenListModel::WorkspacesTextRole).toString(),
             QStringLiteral("1 workspace"));
    QCOMPARE(index.data(TokenListModel::LastUsedTextRole).toString(), QStringLiteral("Never used"));
    QCOMPARE(index.data(TokenListModel::TokenRole).value<SystemToken>(), token);
}

void TestTokenListModel::passesTheModelTester()
{
    // The tester fetches more by itself as it checks, so this test counts no request.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reload();
    QTRY_COMPARE(m_model->state(), TokenListModel::State::Loaded);
    loadAll();
    QCOMPARE(m_model->rowCount(), m_f->sim->activeTokenCount());
    SystemToken token;
    token.id = QStringLiteral("44444444-4444-4444-8444-444444444444");
    token.name = QStringLiteral("tested");
    token.createdAt = QDateTime::currentDateTimeUtc();
    m_model->insertToken(token);
    m_model->updateToken(token);
    m_model->removeToken(token.id);
    m_model->removeToken(m_model->index(7).data(TokenListModel::IdRole).toString());
    m_model->setSearchText(QStringLiteral("a"));
    m_model->applySearchNow();
    QTRY_VERIFY(m_model->state() == TokenListModel::State::Loaded);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
