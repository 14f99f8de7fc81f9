// The scope rules, the draft body and name lengths as the server counts them.
#include "core/permissionset.h"
#include "core/secretvalue.h"
#include "core/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace charles;

class TestPermissionSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeBringsRead();
    void uncheckingReadDropsWrite();
    void subjectChecksAllItsActions();
    void unknownNamesKeptButNeverSent();
    void draftBodyWithAllWorkspaces();
    void draftBodyWithChosenWorkspacesHasNoDuplicates();
    void nameLengthCountsCodePoints_data();
    void nameLengthCountsCodePoints();
    void sortClausesAreTheKnownOnes();
    void secretValueMovesAndWipes();
};

void TestPermissionSet::writeBringsRead()
{
    const auto set = PermissionSet().withPermission(Permission::ModulesWrite, true);
    QVERIFY(set.contains(Permission::ModulesRead));
    QCOMPARE(set.subjectState(ScopeSubject::Modules), Qt::Checked);
    const auto circles = PermissionSet().withPermission(Permission::CirclesWrite, true);
    QCOMPARE(circles.knownNames(),
             (QStringList {QStringLiteral("circles_write"), QStringLiteral("circles_read")}));
}

void TestPermissionSet::uncheckingReadDropsWrite()
{
    auto set = PermissionSet().withSubject(ScopeSubject::Modules, true);
    set = set.withPermission(Permission::ModulesRead, false);
    QVERIFY(!set.contains(Permission::ModulesWrite));
    QVERIFY(!set.contains(Permission::ModulesRead));
    QCOMPARE(set.subjectState(ScopeSubject::Modules), Qt::Unchecked);

    // Unchecking write keeps read.
    set = PermissionSet()
              .withSubject(ScopeSubject::Circles, true)
              .withPermission(Permission::CirclesWrite, false);
    QVERIFY(set.contains(Permission::CirclesRead));
    QCOMPARE(set.subjectState(ScopeSubject::Circles), Qt::PartiallyChecked);
}

void TestPermissionSet::subjectChecksAllItsActions()
{
    auto set = PermissionSet().withSubject(ScopeSubject::Circles, true);
    QVERIFY(set.contains(Permission::CirclesWrite));
    QVERIFY(set.contains(Permission::CirclesRead));
    set = set.withSubject(ScopeSubject::Deploy, true).withSubject(ScopeSubject::Circles, false);
    QCOMPARE(set.knownNames(), QStringList {QStringLiteral("deploy_write")});
    QVERIFY(!PermissionSet().withSubject(ScopeSubject::Maintenance, true).isEmpty());
}

void TestPermissionSet::unknownNamesKeptButNeverSent()
{
    const auto set =
        PermissionSet::fromNames({QStringLiteral("hypothesis_write"),
                                  QStringLiteral("deploy_write"), QStringLiteral("deploy_write")});
    QCOMPARE(set.names(),
             (QStringList {QStringLiteral("deploy_write"), QStringLiteral("hypothesis_write")}));
    TokenDraft draft;
    draft.name = QStringLiteral("x");
    draft.permissions = set;
    draft.allWorkspaces = true;
    const QJsonObject body = QJsonDocument::fromJson(draft.toJson()).object();
    QCOMPARE(body.value(QLatin1String("permissions")).toArray(),
             QJsonArray {QStringLiteral("deploy_write")});
}

void TestPermissionSet::draftBodyWithAllWorkspaces()
{
    TokenDraft draft;
    draft.name = QString::fromUtf8("pipeline ção");
    draft.permissions = PermissionSet().withSubject(ScopeSubject::Modules, true);
    draft.workspaceIds = {QStringLiteral("w1")}; // ignored with allWorkspaces
    draft.allWorkspaces = true;
    const QJsonObject body = QJsonDocument::fromJson(draft.toJson()).object();
    QCOMPARE(body.keys().size(), 4);
    QCOMPARE(body.value(QLatin1String("name")).toString(), QString::fromUtf8("pipeline ção"));
    QVERIFY(body.value(QLatin1String("workspaces")).isArray());
    QVERIFY(body.value(QLatin1String("workspaces")).toArray().isEmpty());
    QCOMPARE(body.value(QLatin1String("allWorkspaces")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("permissions")).toArray(),
             (QJsonArray {QStringLiteral("modules_write"), QStringLiteral("modules_read")}));
}

void TestPermissionSet::draftBodyWithChosenWorkspacesHasNoDuplicates()
{
    TokenDraft draft;
    draft.name = QStringLiteral("x");
    draft.permissions = PermissionSet(Permission::DeployWrite);
    draft.workspaceIds = {QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w1")};
    const QJsonObject body = QJsonDocument::fromJson(draft.toJson()).object();
    QCOMPARE(body.value(QLatin1String("workspaces")).toArray(),
             (QJsonArray {QStringLiteral("w1"), QStringLiteral("w2")}));
    QCOMPARE(body.value(QLatin1String("allWorkspaces")).toBool(true), false);
}

void TestPermissionSet::nameLengthCountsCodePoints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("length");
    QTest::newRow("ascii") << QStringLiteral("abc") << 3;
    QTest::newRow("accented") << QString::fromUtf8("çãé") << 3;
    QTest::newRow("64 emoji") << QString::fromUtf8("😀").repeated(64) << 64;
    QTest::newRow("65 accented") << QString::fromUtf8("é").repeated(65) << 65;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestPermissionSet::nameLengthCountsCodePoints()
{
    QFETCH(QString, name);
    QFETCH(int, length);
    QCOMPARE(nameLength(name), length);
}

void TestPermissionSet::sortClausesAreTheKnownOnes()
{
    QCOMPARE(sortClause(TokenSort::CreatedNewest), QByteArray("created_at desc"));
    QCOMPARE(sortClause(TokenSort::CreatedOldest), QByteArray("created_at asc"));
    QCOMPARE(sortClause(TokenSort::NameAscending), QByteArray("name asc"));
    QCOMPARE(sortClause(TokenSort::NameDescending), QByteArray("name desc"));
    QCOMPARE(sortClause(TokenSort::LastUsed), QByteArray("last_used_at desc"));
}

void TestPermissionSet::secretValueMovesAndWipes()
{
    QByteArray source = "0123456789abcdef0123456789abcdef";
    const char *storage = source.constData();
    SecretValue value(std::move(source));
    QVERIFY(source.isEmpty());
    QVERIFY(value.equals("0123456789abcdef0123456789abcdef"));
    QCOMPARE(value.bytes().constData(), storage); // moved, not copied

    SecretValue moved(std::move(value));
    QVERIFY(value.isEmpty());
    QVERIFY(moved.equals("0123456789abcdef0123456789abcdef"));
    QVERIFY(!moved.equals("0123456789abcdef0123456789abcdeX"));

    // wipe() overwrites a buffer held alone before releasing it.
    QByteArray buffer(64, 'z');
    QByteArray probe = buffer; // shared: wipe must not touch the other holder's bytes
    wipe(buffer);
    QVERIFY(buffer.isEmpty());
    QCOMPARE(probe, QByteArray(64, 'z'));

    moved.clear();
    QVERIFY(moved.isEmpty());
}

QTEST_GUILESS_MAIN(TestPermissionSet)
#include "tst_permissionset.moc"
