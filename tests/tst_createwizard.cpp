// The creation wizard against the simulator: each page's rules and boundaries, the exact body
// sent, one request however Generate is pressed, refusals landing on their page with the
// input kept, and unknown outcomes never retried.
#include "app/createtokenwizard.h"
#include "app/namepage.h"
#include "app/reviewpage.h"
#include "app/scopespage.h"
#include "app/workspacespage.h"
#include "core/workspacemodel.h"
#include "simfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QRadioButton>

using namespace charles;
using charles::sim::Fault;
using charles::sim::Simulator;

namespace {

const QString kCreatePath = QStringLiteral("^/gate/api/v1/system-token$");
const QString kWorkspacesPath = QStringLiteral("^/moove/v2/workspaces$");

QByteArray gateError(const QString &message, const QString &type, const QString &detail = {})
{
    const QJsonObject body {
        {QStringLiteral("id"), QStringLiteral("8d7f6a1e-3f0e-4a57-9e43-5b0f5d1c2a10")},
        {QStringLiteral("message"), message},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("type"), type},
        {QStringLiteral("timestamp"), QStringLiteral("1619532192")}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCreateWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nameRules_data();
    void nameRules();
    void nameCounterIsLive();
    void workspacesChoiceDecidesNext();
    void workspaceSelectionSurvivesSearch();
    void openingCostsOneWorkspaceRequest();
    void scopeRules();
    void reviewSummarisesAndReadsGenerate();
    void sendsExactlyTheDraft();
    void allWorkspacesSendsAnEmptyList();
    void generateSendsOneRequest_data();
    void generateSendsOneRequest();
    void cannotBeClosedWhileGenerating();
    void refusalLandsOnItsPage_data();
    void refusalLandsOnItsPage();
    void unknownOutcomeIsNeverRetried_data();
    void unknownOutcomeIsNeverRetried();
    void otherErrorsStayOnReviewAndMayBeRetried_data();
    void otherErrorsStayOnReviewAndMayBeRetried();

private:
    CreateTokenWizard *makeWizard();
    template<typename T>
    T *find(const char *name) const
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    QAbstractButton *wizardButton(QWizard::WizardButton which) const
    {
        return m_wizard->button(which);
    }
    bool clickNext();
    bool waitForWorkspaces();
    void checkWorkspaceAt(int row, bool on = true);
    // Name "build-bot", two workspaces, modules (all) and deploy; ends on the review page.
    bool fillAll(bool allWorkspaces = false);

    std::unique_ptr<SimFixture> m_f;
    QPointer<CreateTokenWizard> m_wizard;
};

void TestCreateWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCreateWizard::init()
{
    sim::SeedOptions seed;
    seed.tokens = 5;
    m_f = std::make_unique<SimFixture>(seed);
    QVERIFY(m_f->signIn());
    m_f->sim->clearRequests();
}

void TestCreateWizard::cleanup()
{
    delete m_wizard.data();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        QVERIFY2(!window->isVisible(), qPrintable(window->objectName()));
    m_f.reset();
}

CreateTokenWizard *TestCreateWizard::makeWizard()
{
    m_wizard = new CreateTokenWizard(m_f->api.get());
    m_wizard->workspaceModel()->setDebounceInterval(0);
    m_wizard->show();
    return m_wizard;
}

bool TestCreateWizard::clickNext()
{
    QAbstractButton *next = wizardButton(QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int before = m_wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return m_wizard->currentId() == before + 1;
}

bool TestCreateWizard::waitForWorkspaces()
{
    WorkspaceModel *model = m_wizard->workspaceModel();
    return QTest::qWaitFor([model] { return model->state() == WorkspaceModel::State::Loaded; });
}

void TestCreateWizard::checkWorkspaceAt(int row, bool on)
{
    WorkspaceModel *model = m_wizard->workspaceModel();
    QVERIFY(
        model->setData(model->index(row), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

bool TestCreateWizard::fillAll(bool allWorkspaces)
{
    makeWizard();
    find<QLineEdit>("nameEdit")->setText(QStringLiteral("build-bot"));
    if (!clickNext())
        return false;
    // The list loads on its page whatever the choice; let it land before counting requests.
    if (!waitForWorkspaces())
        return false;
    if (allWorkspaces) {
        find<QRadioButton>("allRadio")->click();
    } else {
        find<QRadioButton>("selectedRadio")->click();
        checkWorkspaceAt(0);
        checkWorkspaceAt(2);
    }
    if (!clickNext())
        return false;
    find<QCheckBox>("modulesCheck")->click();
    find<QCheckBox>("deployCheck")->click();
    return clickNext() && m_wizard->currentId() == CreateTokenWizard::ReviewPageId;
}

void TestCreateWizard::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("message");

    QTest::newRow("blank") << QString() << false << QStringLiteral("0/64")
                           << QStringLiteral("Enter a name for the token.");
    QTest::newRow("spaces only") << QStringLiteral("   \t ") << false << QStringLiteral("0/64")
                                 << QStringLiteral("The name cannot be made of spaces only.");
    QTest::newRow("plain") << QStringLiteral("pipeline-abc") << true << QStringLiteral("12/64")
                           << QString();
    QTest::newRow("64 ascii") << QString(64, QLatin1Char('a')) << true << QStringLiteral("64/64")
                              << QString();
    QTest::newRow("65 ascii") << QString(65, QLatin1Char('a')) << false << QStringLiteral("65/64")
                              << QStringLiteral("The name is 1 character too long. At most 64 "
                                                "characters are allowed.");
    QTest::newRow("64 emoji") << QString::fromUtf8("😀").repeated(64) << true
                              << QStringLiteral("64/64") << QString();
    QTest::newRow("65 emoji") << QString::fromUtf8("😀").repeated(65) << false
                              << QStringLiteral("65/64")
                              << QStringLiteral("The name is 1 character too long. At most 64 "
                                                "characters are allowed.");
    QTest::newRow("64 accented") << QString::fromUtf8("é").repeated(64) << true
                                 << QStringLiteral("64/64") << QString();
    QTest::newRow("65 accented") << QString::fromUtf8("é").repeated(65) << false
                                 << QStringLiteral("65/64")
                                 << QStringLiteral("The name is 1 character too long. At most 64 "
                                                   "characters are allowed.");
    QTest::newRow("70 accented") << QString::fromUtf8("ã").repeated(70) << false
                                 << QStringLiteral("70/64")
                                 << QStringLiteral("The name is 6 characters too long. At most "
                                                   "64 characters are allowed.");
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  x  ") << true << QStringLiteral("1/64") << QString();
}

void TestCreateWizard::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QFETCH(QString, counter);
    QFETCH(QString, message);

    makeWizard();
    auto *edit = find<QLineEdit>("nameEdit");
    // Type something first so that "blank" is blank after an edit, as the admin sees it.
    QTest::keyClicks(edit, QStringLiteral("x"));
    edit->setText(name);

    QCOMPARE(m_wizard->namePage()->isComplete(), accepted);
    QCOMPARE(wizardButton(QWizard::NextButton)->isEnabled(), accepted);
    QCOMPARE(find<QLabel>("counterLabel")->text(), counter);
    auto *label = find<QLabel>("nameMessageLabel");
    QCOMPARE(label->text(), message);
    QCOMPARE(label->isVisibleTo(m_wizard->namePage()), !message.isEmpty());
    QCOMPARE(find<QLabel>("nameMessageIcon")->isVisibleTo(m_wizard->namePage()),
             !message.isEmpty());
}

void TestCreateWizard::nameCounterIsLive()
{
    makeWizard();
    auto *edit = find<QLineEdit>("nameEdit");
    auto *counter = find<QLabel>("counterLabel");
    QCOMPARE(counter->text(), QStringLiteral("0/64"));
    QCOMPARE(find<QLabel>("nameMessageLabel")->text(), QString()); // nothing to blame yet
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("ci"));
    QCOMPARE(counter->text(), QStringLiteral("2/64"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(counter->text(), QStringLiteral("1/64"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestCreateWizard::workspacesChoiceDecidesNext()
{
    makeWizard();
    find<QLineEdit>("nameEdit")->setText(QStringLiteral("n"));
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(CreateTokenWizard::WorkspacesPageId));

    auto *next = wizardButton(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // no choice yet
    find<QRadioButton>("allRadio")->click();
    QVERIFY(next->isEnabled());
    QVERIFY(!find<QWidget>("chooser")->isEnabled());

    find<QRadioButton>("selectedRadio")->click();
    QVERIFY(find<QWidget>("chooser")->isEnabled());
    QVERIFY(!next->isEnabled()); // nothing selected
    QVERIFY(waitForWorkspaces());
    checkWorkspaceAt(1);
    QVERIFY(next->isEnabled());
    const QString name = m_wizard->workspaceModel()->index(1).data().toString();
    QCOMPARE(find<QLabel>("selectionLabel")->text(),
             QStringLiteral("1 workspace selected: %1").arg(name));
    checkWorkspaceAt(1, false);
    QVERIFY(!next->isEnabled());
}

void TestCreateWizard::workspaceSelectionSurvivesSearch()
{
    makeWizard();
    find<QLineEdit>("nameEdit")->setText(QStringLiteral("n"));
    QVERIFY(clickNext());
    find<QRadioButton>("selectedRadio")->click();
    QVERIFY(waitForWorkspaces());
    WorkspaceModel *model = m_wizard->workspaceModel();
    const int all = model->rowCount();
    QVERIFY(all > 5);
    checkWorkspaceAt(0);
    checkWorkspaceAt(1);
    const QString thirdId = model->index(4).data(WorkspaceModel::IdRole).toString();
    const QString thirdName = model->index(4).data().toString();

    // Search for the third one: the list shrinks, the first two stay selected.
    auto *search = find<QLineEdit>("searchEdit");
    search->setText(thirdName);
    QTRY_VERIFY(model->state() == WorkspaceModel::State::Loaded && model->rowCount() < all);
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i).data(WorkspaceModel::IdRole).toString() == thirdId)
            row = i;
    }
    QVERIFY(row >= 0);
    checkWorkspaceAt(row);
    QCOMPARE(model->selection().size(), 3);
    QVERIFY(find<QLabel>("selectionLabel")
                ->text()
                .startsWith(QStringLiteral("3 workspaces selected: ")));

    // Back to everything: all three are checked where they are.
    search->clear();
    QTRY_VERIFY(model->state() == WorkspaceModel::State::Loaded && model->rowCount() == all);
    QCOMPARE(model->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->index(4).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_wizard->draft().workspaceIds.size(), 3);
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestCreateWizard::openingCostsOneWorkspaceRequest()
{
    makeWizard();
    QCOMPARE(m_f->sim->requestCount("GET", kWorkspacesPath), 0); // lazily, on its page
    find<QLineEdit>("nameEdit")->setText(QStringLiteral("n"));
    QVERIFY(clickNext());
    QVERIFY(waitForWorkspaces());
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(clickNext());
    find<QRadioButton>("allRadio")->click();
    QVERIFY(clickNext());
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_f->sim->requestCount("GET", kWorkspacesPath), 1);
    QCOMPARE(m_f->sim->requests().size(), 1);
}

void TestCreateWizard::scopeRules()
{
    makeWizard();
    find<QLineEdit>("nameEdit")->setText(QStringLiteral("n"));
    QVERIFY(clickNext());
    find<QRadioButton>("allRadio")->click();
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(CreateTokenWizard::ScopesPageId));

    auto *modules = find<QCheckBox>("modulesCheck");
    auto *modulesWrite = find<QCheckBox>("modulesWriteCheck");
    auto *modulesRead = find<QCheckBox>("modulesReadCheck");
    auto *circles = find<QCheckBox>("circlesCheck");
    auto *circlesWrite = find<QCheckBox>("circlesWriteCheck");
    auto *circlesRead = find<QCheckBox>("circlesReadCheck");
    auto *deploy = find<QCheckBox>("deployCheck");
    auto *next = wizardButton(QWizard::NextButton);
    const auto permissions = [this] {
        return m_wizard->scopesPage()->permissions();
    };

    QVERIFY(!next->isEnabled()); // at least one scope

    // A subject selects all its actions.
    QTest::mouseClick(modules, Qt::LeftButton);
    QCOMPARE(modules->checkState(), Qt::Checked);
    QCOMPARE(modulesWrite->checkState(), Qt::Checked);
    QCOMPARE(modulesRead->checkState(), Qt::Checked);
    QVERIFY(next->isEnabled());

    // Unchecking read drops write too.
    QTest::mouseClick(modulesRead, Qt::LeftButton);
    QCOMPARE(modulesWrite->checkState(), Qt::Unchecked);
    QCOMPARE(modules->checkState(), Qt::Unchecked);
    QVERIFY(!next->isEnabled());
    QCOMPARE(find<QLabel>("scopesMessageLabel")->text(),
             QStringLiteral("Choose at least one scope."));

    // Write brings read.
    QTest::mouseClick(circlesWrite, Qt::LeftButton);
    QCOMPARE(circlesRead->checkState(), Qt::Checked);
    QCOMPARE(circles->checkState(), Qt::Checked);
    // Unchecking write leaves read: the subject shows it is partly chosen.
    QTest::mouseClick(circlesWrite, Qt::LeftButton);
    QCOMPARE(circlesRead->checkState(), Qt::Checked);
    QCOMPARE(circles->checkState(), Qt::PartiallyChecked);
    QCOMPARE(permissions().knownNames(), QStringList {QStringLiteral("circles_read")});
    // A partly chosen subject is completed by a click (never cycles to "partial"), then
    // cleared by the next one; Space does the same.
    QTest::mouseClick(circles, Qt::LeftButton);
    QCOMPARE(circles->checkState(), Qt::Checked);
    QCOMPARE(circlesWrite->checkState(), Qt::Checked);
    circles->setFocus();
    QTest::keyClick(circles, Qt::Key_Space);
    QCOMPARE(circles->checkState(), Qt::Unchecked);
    QCOMPARE(circlesRead->checkState(), Qt::Unchecked);

    QTest::mouseClick(deploy, Qt::LeftButton);
    QCOMPARE(permissions().knownNames(), QStringList {QStringLiteral("deploy_write")});
    QVERIFY(next->isEnabled());
    QCOMPARE(find<QLabel>("scopesMessageLabel")->text(), QString());

    // Each scope has its one-line description.
    for (const char *name :
         {"modulesDescription", "circlesDescription", "deployDescription", "maintenanceDescription",
          "modulesWriteDescription", "circlesReadDescription"})
        QVERIFY(!find<QLabel>(name)->text().isEmpty());
}

void TestCreateWizard::reviewSummarisesAndReadsGenerate()
{
    QVERIFY(fillAll());
    WorkspaceModel *model = m_wizard->workspaceModel();
    QCOMPARE(wizardButton(QWizard::FinishButton)->text(), QStringLiteral("&Generate token"));
    QVERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
    QCOMPARE(find<QLabel>("nameValue")->text(), QStringLiteral("build-bot"));
    QCOMPARE(find<QLabel>("workspacesValue")->text(),
             QStringLiteral("2 workspaces: %1, %2")
                 .arg(model->index(0).data().toString(), model->index(2).data().toString()));
    QCOMPARE(find<QLabel>("scopesValue")->text(),
             QStringLiteral("Modules — All permissions\nDeploy"));
}

void TestCreateWizard::sendsExactlyTheDraft()
{
    QVERIFY(fillAll());
    WorkspaceModel *model = m_wizard->workspaceModel();
    const QString first = model->index(0).data(WorkspaceModel::IdRole).toString();
    const QString third = model->index(2).data(WorkspaceModel::IdRole).toString();
    m_f->sim->clearRequests();

    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    SecretValue value;
    connect(m_wizard.data(), &CreateTokenWizard::tokenCreated, this,
            [&] { value = m_wizard->takeTokenValue(); });
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);

    const auto requests = m_f->sim->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArrayLiteral("POST"));
    const QJsonObject expected {
        {QStringLiteral("name"), QStringLiteral("build-bot")},
        {QStringLiteral("permissions"),
         QJsonArray {QStringLiteral("modules_write"), QStringLiteral("modules_read"),
                     QStringLiteral("deploy_write")}},
        {QStringLiteral("workspaces"), QJsonArray {first, third}},
        {QStringLiteral("allWorkspaces"), false}};
    QCOMPARE(QJsonDocument::fromJson(requests.first().body).object(), expected);
    QCOMPARE(requests.first().body, m_wizard->draft().toJson());

    const auto token = created.first().first().value<SystemToken>();
    QCOMPARE(token.name, QStringLiteral("build-bot"));
    QCOMPARE(value.size(), 32);
    QVERIFY(m_f->sim->isTokenValueValid(token.id, value.bytes()));
    QVERIFY(m_wizard->takeTokenValue().isEmpty()); // once only
    QTRY_VERIFY(m_wizard.isNull() || !m_wizard->isVisible());
}

void TestCreateWizard::allWorkspacesSendsAnEmptyList()
{
    QVERIFY(fillAll(true));
    m_f->sim->clearRequests();
    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_f->sim->requests().first().body).object();
    QCOMPARE(body.value(QStringLiteral("workspaces")), QJsonValue(QJsonArray()));
    QCOMPARE(body.value(QStringLiteral("allWorkspaces")), QJsonValue(true));
}

void TestCreateWizard::generateSendsOneRequest_data()
{
    QTest::addColumn<QString>("presses");
    QTest::newRow("double click") << QStringLiteral("cc");
    QTest::newRow("double enter") << QStringLiteral("ee");
    QTest::newRow("click then enters") << QStringLiteral("ceee");
}

void TestCreateWizard::generateSendsOneRequest()
{
    QFETCH(QString, presses);
    QVERIFY(fillAll());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    m_f->sim->setLatency(300);
    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QAbstractButton *generate = wizardButton(QWizard::FinishButton);
    for (const QChar press : presses) {
        if (press == QLatin1Char('c'))
            QTest::mouseClick(generate, Qt::LeftButton);
        else
            QTest::keyClick(m_wizard, Qt::Key_Return);
    }
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);
}

void TestCreateWizard::cannotBeClosedWhileGenerating()
{
    QVERIFY(fillAll());
    m_f->sim->setLatency(400);
    QSignalSpy busy(m_wizard.data(), &CreateTokenWizard::busyChanged);
    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_wizard->isBusy());
    QCOMPARE(busy.size(), 1);

    QVERIFY(!wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizardButton(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizardButton(QWizard::CancelButton)->isEnabled());
    QVERIFY(find<QProgressBar>("busyBar")->isVisible());

    QTest::keyClick(m_wizard, Qt::Key_Escape);
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!m_wizard->close());
    QVERIFY(m_wizard->isVisible());
    m_wizard->reject();
    QVERIFY(m_wizard->isVisible());

    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);
}

void TestCreateWizard::refusalLandsOnItsPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("message");

    QTest::newRow("workspaces not found")
        << 400
        << gateError(QStringLiteral("Workspaces were not found"),
                     QStringLiteral("IllegalParamError"))
        << int(CreateTokenWizard::WorkspacesPageId)
        << QStringLiteral("Some of the chosen workspaces no longer exist.");
    QTest::newRow("workspaces required")
        << 400
        << gateError(QStringLiteral("Workspaces is required when allWorkspaces is false"),
                     QStringLiteral("IllegalParamError"))
        << int(CreateTokenWizard::WorkspacesPageId)
        << QStringLiteral("Choose at least one workspace, or all workspaces.");
    QTest::newRow("invalid permissions")
        << 400
        << gateError(QStringLiteral("invalid permissions"), QStringLiteral("IllegalParamError"))
        << int(CreateTokenWizard::ScopesPageId)
        << QStringLiteral("The server does not accept the chosen scopes.");
    QTest::newRow("permissions required")
        << 400
        << gateError(QStringLiteral("'Permissions' is required"), QStringLiteral("ParseError"))
        << int(CreateTokenWizard::ScopesPageId) << QStringLiteral("Choose at least one scope.");
    QTest::newRow("name too long for the database")
        << 500
        << gateError(QStringLiteral("Save system token failed"), QStringLiteral("InternalError"),
                     QStringLiteral("ERROR: value too long for type character varying(64) "
                                    "(SQLSTATE 22001)"))
        << int(CreateTokenWizard::NamePageId)
        << QStringLiteral("The server could not store a name this long. Try a shorter name.");
    QTest::newRow("invalid inputs")
        << 400 << gateError(QStringLiteral("Invalid Inputs"), QStringLiteral("ParseError"))
        << int(CreateTokenWizard::ReviewPageId)
        << QStringLiteral("The token was not generated. The server refused the request as "
                          "incomplete.\nNothing you entered was lost: you can try again.");
}

void TestCreateWizard::refusalLandsOnItsPage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, page);
    QFETCH(QString, message);

    QVERIFY(fillAll());
    const TokenDraft before = m_wizard->draft();
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = kCreatePath;
    fault.status = status;
    fault.body = body;
    fault.times = 1;
    m_f->sim->addFault(fault);

    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QSignalSpy unknown(m_wizard.data(), &CreateTokenWizard::outcomeUnknown);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isBusy());

    QCOMPARE(m_wizard->currentId(), page);
    const QWizardPage *shown = m_wizard->currentPage();
    const QString messageLabels[] = {
        QStringLiteral("nameMessageLabel"), QStringLiteral("workspacesMessageLabel"),
        QStringLiteral("scopesMessageLabel"), QStringLiteral("reviewMessageLabel")};
    auto *label = shown->findChild<QLabel *>(messageLabels[page]);
    QCOMPARE(label->text(), message);
    QVERIFY(label->isVisible());
    QCOMPARE(created.size(), 0);
    QCOMPARE(unknown.size(), 0);

    // Everything typed is kept.
    const TokenDraft after = m_wizard->draft();
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.workspaceIds, before.workspaceIds);
    QCOMPARE(after.allWorkspaces, before.allWorkspaces);
    QVERIFY(after.permissions == before.permissions);
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("build-bot"));

    // Going on and generating again is the admin's explicit choice, and it works.
    while (m_wizard->currentId() != CreateTokenWizard::ReviewPageId)
        QVERIFY(clickNext());
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 2);
}

void TestCreateWizard::unknownOutcomeIsNeverRetried_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("dropped connection")
        << int(Fault::Action::Drop) << 0 << QByteArray() << QByteArray();
    QTest::newRow("no answer") << int(Fault::Action::NoAnswer) << 0 << QByteArray() << QByteArray();
    QTest::newRow("proxy 502 page")
        << int(Fault::Action::Respond) << 502 << QByteArrayLiteral("text/html")
        << QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                             "<center><h1>502 Bad Gateway</h1></center></body></html>");
    QTest::newRow("gateway timeout")
        << int(Fault::Action::Respond) << 504 << QByteArrayLiteral("text/plain")
        << QByteArrayLiteral("upstream request timeout");
}

void TestCreateWizard::unknownOutcomeIsNeverRetried()
{
    QFETCH(int, action);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    m_f->transport->setTransferTimeout(300);
    QVERIFY(fillAll());
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = kCreatePath;
    fault.action = Fault::Action(action);
    fault.status = status;
    fault.contentType = contentType;
    fault.body = body;
    m_f->sim->addFault(fault);

    QSignalSpy unknown(m_wizard.data(), &CreateTokenWizard::outcomeUnknown);
    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().first().toString(), QStringLiteral("build-bot"));

    QCOMPARE(m_wizard->currentId(), int(CreateTokenWizard::ReviewPageId));
    QVERIFY(m_wizard->isVisible());
    const QString message = find<QLabel>("reviewMessageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("may have been created")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("build-bot")));
    QCOMPARE(created.size(), 0);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);
    // Nothing is sent again by itself.
    QVERIFY(!m_wizard->isBusy());
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);
    QVERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
}

void TestCreateWizard::otherErrorsStayOnReviewAndMayBeRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("user not found")
        << 422 << QByteArrayLiteral("application/json")
        << gateError(QStringLiteral("User not found"), QStringLiteral("BusinessError"))
        << QStringLiteral("Your account has no Charles user");
    QTest::newRow("forbidden") << 403 << QByteArrayLiteral("text/plain")
                               << QByteArrayLiteral("Forbidden")
                               << QStringLiteral("Only root users can");
}

void TestCreateWizard::otherErrorsStayOnReviewAndMayBeRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    QVERIFY(fillAll());
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = kCreatePath;
    fault.status = status;
    fault.contentType = contentType;
    fault.body = body;
    fault.times = 1;
    m_f->sim->addFault(fault);

    QSignalSpy created(m_wizard.data(), &CreateTokenWizard::tokenCreated);
    QSignalSpy unknown(m_wizard.data(), &CreateTokenWizard::outcomeUnknown);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isBusy());
    QCOMPARE(m_wizard->currentId(), int(CreateTokenWizard::ReviewPageId));
    const QString shown = find<QLabel>("reviewMessageLabel")->text();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QCOMPARE(unknown.size(), 0);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 1);

    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(m_f->sim->requestCount("POST", kCreatePath), 2);
}

QTEST_MAIN(TestCreateWizard)
#include "tst_createwizard.moc"
