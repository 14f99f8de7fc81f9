// The create, revoke and regenerate flows against the simulator: confirmations, one request
// each and no list reload, the races with another admin, and the value going to the dialog.
#include "app/clipboardguard.h"
#include "app/confirmations.h"
#include "app/createtokenwizard.h"
#include "app/tokenactions.h"
#include "app/tokenvaluedialog.h"
#include "core/workspacemodel.h"
#include "simfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

using namespace charles;
using charles::sim::Fault;
using charles::sim::Simulator;

namespace {

const QString kListPath = QStringLiteral("^/gate/api/v1/system-token$");
const QString kAnyTokenPath = QStringLiteral("^/gate/api/v1/system-token");

} // namespace

class TestTokenActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void revokeAsksFirst();
    void keepingTheTokenSendsNothing();
    void revokeSendsOneRequestAndSignalsRemoval();
    void revokeAlreadyRevokedByAnotherAdmin();
    void revokeOfAVanishedToken();
    void revokeFailureKeepsTheToken();
    void oneActionAtATimePerToken();
    void regenerateAsksThenShowsTheNewValue();
    void regenerateOfARevokedTokenIsRefused();
    void regenerateOfAVanishedToken();
    void createShowsTheValueOnceAndInsertsTheToken();
    void createWithUnknownOutcomeAsksForTheFilteredList();
    void ctrlNBringsTheOpenWizardForward();

private:
    SystemToken addToken(const QString &name);
    static QMessageBox *activeBox();
    static bool answer(const QString &buttonName);
    static void closeNotice(const QString &expectedText);

    std::unique_ptr<SimFixture> m_f;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<TokenActions> m_actions;
};

void TestTokenActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("charles-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tokenactions"));
}

void TestTokenActions::init()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 1);
    sim::SeedOptions seed;
    seed.tokens = 5;
    m_f = std::make_unique<SimFixture>(seed);
    QVERIFY(m_f->signIn());
    m_f->sim->clearRequests();
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(QStringLiteral("standInWindow"));
    m_window->resize(640, 480);
    m_window->show();
    m_guard = std::make_unique<ClipboardGuard>();
    m_actions = std::make_unique<TokenActions>(m_f->api.get(), m_guard.get(), m_window.get());
}

void TestTokenActions::cleanup()
{
    m_actions.reset();
    m_window.reset(); // takes its dialogs along
    m_guard.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        QVERIFY2(!window->isVisible(), qPrintable(window->objectName()));
    m_f.reset();
    QSettings().remove(ClipboardGuard::clearSecondsKey());
}

SystemToken TestTokenActions::addToken(const QString &name)
{
    SystemToken token;
    token.name = name;
    token.id = m_f->sim->addToken(name, {QStringLiteral("deploy_write")}, {}, true);
    m_f->sim->clearRequests();
    return token;
}

QMessageBox *TestTokenActions::activeBox()
{
    return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
}

bool TestTokenActions::answer(const QString &buttonName)
{
    QMessageBox *box = activeBox();
    if (!box)
        return false;
    auto *button = box->findChild<QPushButton *>(buttonName);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void TestTokenActions::closeNotice(const QString &expectedText)
{
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::noticeBoxName());
    QMessageBox *box = activeBox();
    QVERIFY2(box->text().contains(expectedText), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!activeBox());
}

void TestTokenActions::revokeAsksFirst()
{
    const SystemToken token = addToken(QStringLiteral("ci-payments"));
    m_actions->revokeToken(token);

    QTRY_VERIFY(activeBox());
    QMessageBox *box = activeBox();
    QCOMPARE(box->objectName(), Confirmations::revokeBoxName());
    QVERIFY(box->windowTitle().contains(QStringLiteral("ci-payments")));
    QVERIFY(box->text().contains(QStringLiteral("ci-payments")));
    QVERIFY(box->informativeText().contains(QStringLiteral("lose access")));
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
    auto *keep = box->findChild<QPushButton *>(Confirmations::keepButtonName());
    auto *confirm = box->findChild<QPushButton *>(Confirmations::confirmButtonName());
    QCOMPARE(keep->text(), QStringLiteral("&Cancel, keep token"));
    QCOMPARE(confirm->text(), QStringLiteral("Yes, &revoke token"));
    QCOMPARE(box->defaultButton(), keep);
    QCOMPARE(box->escapeButton(), keep);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->parentWidget(), m_window.get());
    QVERIFY(answer(Confirmations::keepButtonName()));
}

void TestTokenActions::keepingTheTokenSendsNothing()
{
    const SystemToken token = addToken(QStringLiteral("keep-me"));
    QSignalSpy busy(m_actions.get(), &TokenActions::busyChanged);
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(m_actions->isBusy(token.id));
    QTest::keyClick(activeBox(), Qt::Key_Escape);
    QTRY_VERIFY(!activeBox());
    QVERIFY(!m_actions->isBusy(token.id));
    QCOMPARE(busy.size(), 2);
    QCOMPARE(revoked.size(), 0);
    QCOMPARE(m_f->sim->requests().size(), 0);
}

void TestTokenActions::revokeSendsOneRequestAndSignalsRemoval()
{
    const SystemToken token = addToken(QStringLiteral("to-revoke"));
    const int active = m_f->sim->activeTokenCount();
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    QSignalSpy busy(m_actions.get(), &TokenActions::busyChanged);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    QVERIFY(m_actions->isBusy(token.id));

    QTRY_COMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().first().toString(), token.id);
    QVERIFY(!m_actions->isBusy(token.id));
    QCOMPARE(busy.last().at(1).toBool(), false);
    QCOMPARE(m_f->sim->activeTokenCount(), active - 1);
    QCOMPARE(
        m_f->sim->requestCount("POST", QStringLiteral("/system-token/%1/revoke$").arg(token.id)),
        1);
    QCOMPARE(m_f->sim->requestCount("GET", kAnyTokenPath), 0); // no list reload
    QCOMPARE(m_f->sim->requests().size(), 1);
    QVERIFY(!activeBox()); // success needs no box
}

void TestTokenActions::revokeAlreadyRevokedByAnotherAdmin()
{
    const SystemToken token = addToken(QStringLiteral("raced"));
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(m_f->sim->revokeToken(token.id)); // another admin, meanwhile
    QVERIFY(answer(Confirmations::confirmButtonName()));

    closeNotice(QStringLiteral("This token was already revoked"));
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().first().toString(), token.id);
    QCOMPARE(m_f->sim->requests().size(), 1);
}

void TestTokenActions::revokeOfAVanishedToken()
{
    SystemToken token;
    token.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    token.name = QStringLiteral("ghost");
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    closeNotice(QStringLiteral("This token no longer exists"));
    QCOMPARE(revoked.size(), 1);
}

void TestTokenActions::revokeFailureKeepsTheToken()
{
    const SystemToken token = addToken(QStringLiteral("stays"));
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/revoke$");
    fault.status = 503;
    fault.contentType = "text/html";
    fault.body = "<html><title>503 Service Unavailable</title></html>";
    fault.times = 1;
    m_f->sim->addFault(fault);

    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::noticeBoxName());
    QVERIFY(activeBox()->text().contains(QStringLiteral("may or may not be revoked")));
    QTest::mouseClick(activeBox()->button(QMessageBox::Ok), Qt::LeftButton);
    QCOMPARE(revoked.size(), 0);
    QCOMPARE(m_f->sim->requests().size(), 1); // told, never retried by itself

    // Trying again is harmless and settles it.
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::revokeBoxName());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    QTRY_COMPARE(revoked.size(), 1);
}

void TestTokenActions::oneActionAtATimePerToken()
{
    const SystemToken token = addToken(QStringLiteral("busy"));
    const SystemToken other = addToken(QStringLiteral("other"));
    m_f->sim->setLatency(200);
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QMessageBox *first = activeBox();
    m_actions->revokeToken(token);
    m_actions->regenerateToken(token);
    QCOMPARE(activeBox(), first); // no second question for the same token
    QVERIFY(answer(Confirmations::confirmButtonName()));
    QVERIFY(m_actions->isBusy(token.id));
    m_actions->revokeToken(token); // while the call runs
    QVERIFY(!activeBox());
    QVERIFY(!m_actions->isBusy(other.id));

    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    QTRY_COMPARE(revoked.size(), 1);
    QCOMPARE(m_f->sim->requests().size(), 1);
}

void TestTokenActions::regenerateAsksThenShowsTheNewValue()
{
    const SystemToken token = addToken(QStringLiteral("rotate-me"));
    QSignalSpy regenerated(m_actions.get(), &TokenActions::tokenRegenerated);
    m_actions->regenerateToken(token);
    QTRY_VERIFY(activeBox());
    QMessageBox *box = activeBox();
    QCOMPARE(box->objectName(), Confirmations::regenerateBoxName());
    QVERIFY(box->windowTitle().contains(QStringLiteral("rotate-me")));
    QCOMPARE(box->findChild<QPushButton *>(Confirmations::confirmButtonName())->text(),
             QStringLiteral("Yes, r&egenerate token"));
    QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(Confirmations::keepButtonName()));
    QVERIFY(answer(Confirmations::confirmButtonName()));

    QTRY_COMPARE(regenerated.size(), 1);
    QTRY_VERIFY(m_actions->valueDialog());
    TokenValueDialog *dialog = m_actions->valueDialog();
    QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
    QCOMPARE(dialog->origin(), TokenValueDialog::Origin::Regenerated);
    QCOMPARE(dialog->tokenName(), QStringLiteral("rotate-me"));
    const QString value = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text();
    QCOMPARE(value.size(), 32);
    QVERIFY(m_f->sim->isTokenValueValid(token.id, value.toLatin1()));
    QCOMPARE(m_f->sim->requestCount("PUT", QStringLiteral("/regenerate$")), 1);
    QCOMPARE(m_f->sim->requests().size(), 1);

    dialog->copyValue();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_actions->valueDialog());
}

void TestTokenActions::regenerateOfARevokedTokenIsRefused()
{
    const SystemToken token = addToken(QStringLiteral("revoked-elsewhere"));
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    QSignalSpy regenerated(m_actions.get(), &TokenActions::tokenRegenerated);
    m_actions->regenerateToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(m_f->sim->revokeToken(token.id));
    QVERIFY(answer(Confirmations::confirmButtonName()));
    closeNotice(QStringLiteral("the token was revoked"));
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(regenerated.size(), 0);
    QVERIFY(!m_actions->valueDialog());
}

void TestTokenActions::regenerateOfAVanishedToken()
{
    SystemToken token;
    token.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    token.name = QStringLiteral("ghost");
    QSignalSpy revoked(m_actions.get(), &TokenActions::tokenRevoked);
    m_actions->regenerateToken(token);
    QTRY_VERIFY(activeBox());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    closeNotice(QStringLiteral("This token no longer exists"));
    QCOMPARE(revoked.size(), 1);
}

void TestTokenActions::createShowsTheValueOnceAndInsertsTheToken()
{
    QSignalSpy created(m_actions.get(), &TokenActions::tokenCreated);
    CreateTokenWizard *wizard = m_actions->createToken();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("from-actions"));
    wizard->next();
    wizard->findChild<QRadioButton *>(QStringLiteral("allRadio"))->click();
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("maintenanceCheck"))->click();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CreateTokenWizard::ReviewPageId));
    QTRY_COMPARE(wizard->workspaceModel()->state(), WorkspaceModel::State::Loaded);
    m_f->sim->clearRequests();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_COMPARE(created.size(), 1);
    const auto token = created.first().first().value<SystemToken>();
    QCOMPARE(token.name, QStringLiteral("from-actions"));
    QTRY_VERIFY(!m_actions->wizard());
    QTRY_VERIFY(m_actions->valueDialog());
    TokenValueDialog *dialog = m_actions->valueDialog();
    QCOMPARE(dialog->origin(), TokenValueDialog::Origin::Created);
    const QString value = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text();
    QVERIFY(m_f->sim->isTokenValueValid(token.id, value.toLatin1()));
    QCOMPARE(m_f->sim->requestCount("POST", kListPath), 1);
    QCOMPARE(m_f->sim->requestCount("GET", kAnyTokenPath), 0);
    QCOMPARE(m_f->sim->requests().size(), 1);

    // Closing uncopied asks; "Yes" closes and the value is gone.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::closeUncopiedBoxName());
    QVERIFY(answer(Confirmations::confirmButtonName()));
    QTRY_VERIFY(!m_actions->valueDialog());
}

void TestTokenActions::createWithUnknownOutcomeAsksForTheFilteredList()
{
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = kListPath;
    fault.action = Fault::Action::Drop;
    m_f->sim->addFault(fault);

    QSignalSpy filter(m_actions.get(), &TokenActions::showTokensNamed);
    CreateTokenWizard *wizard = m_actions->createToken();
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("maybe"));
    wizard->next();
    wizard->findChild<QRadioButton *>(QStringLiteral("allRadio"))->click();
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("deployCheck"))->click();
    wizard->next();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(filter.size(), 1);
    QCOMPARE(filter.first().first().toString(), QStringLiteral("maybe"));
    QCOMPARE(m_f->sim->requestCount("POST", kListPath), 1);
    QVERIFY(!m_actions->valueDialog());
    wizard->reject();
    QTRY_VERIFY(!m_actions->wizard());
}

void TestTokenActions::ctrlNBringsTheOpenWizardForward()
{
    CreateTokenWizard *first = m_actions->createToken();
    QCOMPARE(m_actions->createToken(), first);
    first->reject();
    QTRY_VERIFY(!m_actions->wizard());
    CreateTokenWizard *second = m_actions->createToken();
    QVERIFY(second);
    second->reject();
    QTRY_VERIFY(!m_actions->wizard());
}

QTEST_MAIN(TestTokenActions)
#include "tst_tokenactions.moc"
