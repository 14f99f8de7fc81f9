// The real widgets, against an in-process simulator on 127.0.0.1, in the language of the run:
// CTest runs this test twice, under CHARLES_TEST_LANG=pt_BR ("portuguese") and under English
// ("portuguese_en"). Every screen must speak that language completely: our texts, Qt's own
// standard and wizard buttons, the command line, error messages, plurals and dates (TZ=UTC).
// Accelerators must stay unique within each window, page and menu.
#include "app/application.h"
#include "app/clipboardguard.h"
#include "app/commandline.h"
#include "app/confirmations.h"
#include "app/createtokenwizard.h"
#include "app/datetext.h"
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/signindialog.h"
#include "app/tokenactions.h"
#include "app/tokendetailswidget.h"
#include "app/tokenvaluedialog.h"
#include "core/apierror.h"
#include "core/tokenlistmodel.h"
#include "core/workspacemodel.h"
#include "simfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>

using namespace charles;
using charles::sim::Fault;
using charles::sim::Simulator;

namespace {

bool portuguese()
{
    return qEnvironmentVariable("CHARLES_TEST_LANG") == QLatin1String("pt_BR");
}

// The text expected in the language of this run.
QString L(const char *english, const char *brazilian)
{
    return QString::fromUtf8(portuguese() ? brazilian : english);
}

QRegularExpression pattern(const char *english, const char *brazilian)
{
    return QRegularExpression(QLatin1Char('^') + L(english, brazilian) + QLatin1Char('$'));
}

QString gateError(const QString &message)
{
    return QStringLiteral(R"({"id":"7d0c6a36-2f55-4f0a-8d1c-3a2b1c0d9e8f","message":"%1",)"
                          R"("detail":"","type":"","timestamp":"1619532192"})")
        .arg(message);
}

// The mnemonic letter of a text ("&Próximo >" → "p"), or nothing.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every accelerator a window offers at once: its buttons, the labels that lead to a field, and
// its menu bar. Returns the clashes as "x: text, text".
QStringList acceleratorClashes(const QList<QPair<QString, QString>> &owners)
{
    QMultiHash<QString, QString> byKey;
    for (const auto &[key, text] : owners)
        byKey.insert(key, text);
    QStringList clashes;
    const QList<QString> keys = byKey.uniqueKeys();
    for (const QString &key : keys) {
        if (byKey.count(key) > 1)
            clashes.append(key + QStringLiteral(": ") +
                           byKey.values(key).join(QStringLiteral(", ")));
    }
    return clashes;
}

QList<QPair<QString, QString>> accelerators(QWidget *top, bool visibleOnly)
{
    QList<QPair<QString, QString>> found;
    const auto add = [&](const QString &text) {
        const QString key = mnemonic(text);
        if (!key.isEmpty())
            found.append({key, text});
    };
    const auto shown = [&](QWidget *w) {
        return !visibleOnly || w->isVisibleTo(top);
    };
    const auto buttons = top->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (shown(b))
            add(b->text());
    }
    const auto labels = top->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->buddy() && shown(l))
            add(l->text());
    }
    if (auto *window = qobject_cast<QMainWindow *>(top)) {
        const auto menus = window->menuBar()->actions();
        for (QAction *a : menus)
            add(a->text());
    }
    return found;
}

QStringList menuClashes(QMenu *menu)
{
    QList<QPair<QString, QString>> found;
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        const QString key = mnemonic(a->text());
        if (!a->isSeparator() && !key.isEmpty())
            found.append({key, a->text()});
    }
    return acceleratorClashes(found);
}

// With CHARLES_SCREENSHOT_DIR set, each screen the test reaches is saved there as a PNG, to
// look for clipped or truncated text: <dir>/<language>-<name>.png.
void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CHARLES_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QCoreApplication::processEvents();
    const QString file =
        QStringLiteral("%1/%2-%3.png")
            .arg(dir, portuguese() ? QStringLiteral("pt_BR") : QStringLiteral("en"),
                 QLatin1String(name));
    if (!widget->window()->grab().save(file))
        qWarning() << "could not save" << file;
}

QMessageBox *activeBox()
{
    return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
}

QString buttonText(QMessageBox *box, const QString &name)
{
    auto *button = box->findChild<QPushButton *>(name);
    return button ? button->text() : QStringLiteral("<no %1>").arg(name);
}

} // namespace

class TestPortuguese : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void languageIsInstalled();
    void commandLineHelp();
    void signInDialog();
    void mainWindowAndList();
    void detailsWithDates();
    void listErrorAndRetry();
    void goneTokenNotice();
    void wizardPages();
    void copyDialog();
    void copyCountdownPlural();
    void revokeAndRegenerateConfirmations();
    void actionOutcomeNotice();
    void preferencesDialog();
    void apiErrorMessages();
    void relativeDates_data();
    void relativeDates();
    void qtStandardContextMenu();

private:
    void startAndSignIn();
    template<typename T>
    T *inWindow(const char *name) const
    {
        T *widget = m_app->mainWindow()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s in the main window", name);
        return widget;
    }
    CreateTokenWizard *makeWizard();
    TokenValueDialog *makeValueDialog(TokenValueDialog::Origin origin);

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<SimFixture> m_f;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<TokenActions> m_actions;
    QPointer<CreateTokenWizard> m_wizard;
    QPointer<TokenValueDialog> m_dialog;
};

void TestPortuguese::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("charles-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_portuguese"));
    qInfo() << "language of this run:" << (portuguese() ? "pt_BR" : "en");
}

void TestPortuguese::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("search/debounceMs"), 20);
    settings.setValue(ClipboardGuard::clearSecondsKey(), 30);
}

void TestPortuguese::cleanup()
{
    delete m_dialog.data();
    delete m_wizard.data();
    m_actions.reset();
    m_window.reset();
    m_app.reset();
    m_guard.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_f.reset();
    m_sim.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty() ||
                std::none_of(QApplication::topLevelWidgets().cbegin(),
                             QApplication::topLevelWidgets().cend(),
                             [](QWidget *w) { return w->isVisible(); }));
    QSettings().clear();
}

void TestPortuguese::startAndSignIn()
{
    sim::SeedOptions seed;
    seed.tokens = 12;
    seed.workspaces = 6;
    m_sim = std::make_unique<Simulator>(seed);
    QVERIFY(m_sim->listen() != 0);

    CommandLineOptions options;
    options.server = m_sim->baseUrl();
    options.user = Simulator::rootUserName();
    m_app = std::make_unique<Application>(options);
    m_app->start();
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))
        ->setText(Simulator::rootPassword());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_app->mainWindow()->isVisible());
    QTRY_VERIFY(!m_app->signInDialog());
    QTRY_VERIFY(m_app->tokenModel()->rowCount() > 0);
}

CreateTokenWizard *TestPortuguese::makeWizard()
{
    sim::SeedOptions seed;
    seed.tokens = 3;
    seed.workspaces = 6;
    m_f = std::make_unique<SimFixture>(seed);
    if (!m_f->signIn())
        return nullptr;
    m_wizard = new CreateTokenWizard(m_f->api.get());
    m_wizard->workspaceModel()->setDebounceInterval(0);
    m_wizard->show();
    return m_wizard;
}

TokenValueDialog *TestPortuguese::makeValueDialog(TokenValueDialog::Origin origin)
{
    if (!m_guard)
        m_guard = std::make_unique<ClipboardGuard>();
    m_dialog = new TokenValueDialog(
        origin, QStringLiteral("pipeline-pagamentos"),
        SecretValue(QByteArrayLiteral("5f4dcc3b5aa765d61d8327deb882cf99")), m_guard.get());
    m_dialog->open();
    return m_dialog;
}

void TestPortuguese::languageIsInstalled()
{
    QCOMPARE(QLocale().name(), L("en_US", "pt_BR"));
    // Ours, and Qt's own catalogue for the buttons Qt draws.
    QCOMPARE(QCoreApplication::translate("charles::CreateTokenWizard", "&Generate token"),
             L("&Generate token", "&Gerar token"));
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), L("&Next >", "&Próximo >"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), L("Cancel", "Cancelar"));
}

void TestPortuguese::commandLineHelp()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("charles-tokens"), QStringLiteral("--bogus")}),
             CommandLine::Outcome::Error);
    QCOMPARE(commandLine.errorText(), L("Unknown option 'bogus'.", "Opção desconhecida 'bogus'."));
    const QString help = commandLine.helpText();
    QVERIFY2(help.contains(L("Manage the system tokens of a Charles C.D. installation.",
                             "Gerencia os tokens sistêmicos de uma instalação do Charles C.D.")),
             qPrintable(help));
    QVERIFY2(help.contains(L("Options:", "Opções:")), qPrintable(help));
    QVERIFY2(help.contains(L("--lang <language>", "--lang <idioma>")), qPrintable(help));

    QCOMPARE(commandLine.parse({QStringLiteral("charles-tokens"), QStringLiteral("--lang"),
                                QStringLiteral("fr")}),
             CommandLine::Outcome::Error);
    QCOMPARE(commandLine.errorText(),
             L("--lang accepts en or pt_BR.", "--lang aceita en ou pt_BR."));
}

void TestPortuguese::signInDialog()
{
    m_sim = std::make_unique<Simulator>();
    QVERIFY(m_sim->listen() != 0);
    CommandLineOptions options;
    options.server = m_sim->baseUrl();
    options.user = Simulator::plainUserName();
    m_app = std::make_unique<Application>(options);
    m_app->start();
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QCOMPARE(dialog->windowTitle(), L("Sign in to Charles", "Entrar no Charles"));
    QCOMPARE(dialog->signInButton()->text(), L("&Sign in", "En&trar"));
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), L("Cancel", "Cancelar"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("passwordLabel"))->text(),
             L("&Password:", "Se&nha:"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userField"))->placeholderText(),
             L("E-mail or user name", "E-mail ou nome de usuário"));
    QCOMPARE(dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"))->text(),
             L("Keep me si&gned in", "&Manter-me conectado"));

    // Empty password: the dialog's own check.
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageText(), L("Enter your password.", "Digite sua senha."));

    // A non-root account: the server's answer, translated.
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))
        ->setText(Simulator::plainPassword());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->messageText().contains(L("not a root account", "não é uma conta root")));
    snapshot(dialog, "signin-not-root");

    // Every accelerator of the dialog stands apart, in both languages.
    const QStringList clashes = acceleratorClashes(accelerators(dialog, false));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestPortuguese::mainWindowAndList()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Charles System Tokens"));

    QStringList menus;
    const auto bar = window->menuBar()->actions();
    for (QAction *a : bar)
        menus.append(a->text());
    QCOMPARE(menus.join(QLatin1Char('|')),
             L("&File|&Token|&View|&Help", "&Arquivo|&Token|E&xibir|Aj&uda"));
    QCOMPARE(window->newTokenAction()->text(), L("&New token…", "&Novo token…"));
    QCOMPARE(window->revokeAction()->text(), L("Re&voke token…", "Re&vogar token…"));
    QCOMPARE(window->regenerateAction()->text(), L("Re&generate token…", "Re&gerar token…"));
    QCOMPARE(window->refreshAction()->text(), L("&Refresh", "&Atualizar"));
    QCOMPARE(window->signOutAction()->text(), L("Sign &out", "Encerrar sessã&o"));
    QCOMPARE(window->quitAction()->text(), L("&Quit", "&Sair"));
    QCOMPARE(inWindow<QLabel>("searchLabel")->text(), L("&Search:", "&Buscar:"));
    QCOMPARE(inWindow<QLineEdit>("searchField")->placeholderText(),
             L("Token name", "Nome do token"));

    auto *sort = inWindow<QComboBox>("sortCombo");
    QStringList orders;
    for (int i = 0; i < sort->count(); ++i)
        orders.append(sort->itemText(i));
    QCOMPARE(orders.join(QLatin1Char('|')),
             L("Newest first|Oldest first|Name A–Z|Name Z–A|Last used",
               "Mais recentes primeiro|Mais antigos primeiro|Nome A–Z|Nome Z–A|Uso mais recente"));

    const QString server = m_app->session()->profile().label();
    QCOMPARE(inWindow<QLabel>("statusLabel")->text(),
             L("Signed in as %1 (%2) to %3", "Conectado como %1 (%2) no servidor %3")
                 .arg(sim::SimUsers::rootName(), Simulator::rootEmail(), server));

    // Accelerators: the window's own, then each menu's.
    QStringList clashes = acceleratorClashes(accelerators(window, false));
    for (QAction *a : bar)
        clashes += menuClashes(a->menu());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    snapshot(window, "main-window");

    // The quieter line of a row: scopes, workspaces, last use.
    const QString id =
        m_sim->addToken(QStringLiteral("aaa-leitura"), {QStringLiteral("modules_read")}, {}, true);
    window->refreshAction()->trigger();
    QTRY_VERIFY(m_app->tokenModel()->rowOf(id) >= 0);
    const QModelIndex row = m_app->tokenModel()->index(m_app->tokenModel()->rowOf(id));
    const QVariant detail = row.data(TokenListModel::DetailLineRole);
    const QString line = detail.typeId() == QMetaType::QStringList
        ? detail.toStringList().join(QStringLiteral(" · "))
        : detail.toString();
    QCOMPARE(line,
             L("Modules: read · All workspaces · Never used",
               "Módulos: leitura · Todos os workspaces · Nunca usado"));
    SystemToken used;
    used.lastUsedAt = QDateTime(QDate(2021, 5, 2), QTime(9, 30), Qt::UTC);
    used.workspaces = {WorkspaceRef {QStringLiteral("w1"), QStringLiteral("one")},
                       WorkspaceRef {QStringLiteral("w2"), QStringLiteral("two")}};
    QCOMPARE(lastUsedShortText(used), L("Last used 5/2/21", "Usado em 02/05/2021"));
    QCOMPARE(workspacesShortText(used), L("2 workspaces", "2 workspaces"));
    used.workspaces.removeLast();
    QCOMPARE(workspacesShortText(used), L("1 workspace", "1 workspace"));

    // A search that finds nothing says so.
    auto *search = inWindow<QLineEdit>("searchField");
    search->setText(QStringLiteral("nada-por-aqui"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(inWindow<QStackedWidget>("stateStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyPage"));
    snapshot(window, "main-window-empty-search");
    QCOMPARE(inWindow<QLabel>("emptyLabel")->text(),
             L("No token was found for “nada-por-aqui”.",
               "Nenhum token foi encontrado para “nada-por-aqui”."));
}

void TestPortuguese::detailsWithDates()
{
    startAndSignIn();
    MainWindow *window = m_app->mainWindow();
    const SystemToken listed = *m_app->tokenModel()->tokenAt(1);
    m_sim->addFault(
        {"GET", QStringLiteral("^/gate/api/v1/system-token/%1$").arg(listed.id),
         Fault::Action::Respond, 200, "application/json",
         QStringLiteral(
             R"({"id":"%1","name":"%2",)"
             R"("permissions":["modules_read","circles_write","circles_read","deploy_write"],)"
             R"("workspaces":null,"allWorkspaces":true,"revoked":false,)"
             R"("created_at":"2021-04-27T14:03:12.123456789Z",)"
             R"("revoked_at":null,"last_used_at":"2021-05-02T09:30:00Z",)"
             R"("author":"joana@charles.example"})")
             .arg(listed.id, listed.name)
             .toUtf8(),
         0, 1});
    window->tokenView()->setCurrentIndex(m_app->tokenModel()->index(1));
    auto *pane = window->detailsPane();
    QTRY_VERIFY(inWindow<QLabel>("authorLabel")->text().contains(QStringLiteral("joana@")));

    QCOMPARE(inWindow<QLabel>("authorLabel")->text(),
             L("Created by joana@charles.example", "Criado por joana@charles.example"));
    // Short dates in the locale's format, in local time (UTC here), and how long ago.
    // Newer CLDR data puts a narrow no-break space before AM/PM.
    const QString created =
        inWindow<QLabel>("createdLabel")->text().replace(QChar(0x202f), QLatin1Char(' '));
    QVERIFY2(pattern(R"(Created on 4/27/21 2:03 PM \(\d+ years ago\))",
                     R"(Criado em 27/04/2021 14:03 \(há \d+ anos\))")
                 .match(created)
                 .hasMatch(),
             qPrintable(created));
    const QString used =
        inWindow<QLabel>("lastUsedLabel")->text().replace(QChar(0x202f), QLatin1Char(' '));
    QVERIFY2(pattern(R"(Last used at 5/2/21 9:30 AM \(\d+ years ago\))",
                     R"(Último uso em 02/05/2021 09:30 \(há \d+ anos\))")
                 .match(used)
                 .hasMatch(),
             qPrintable(used));
    QCOMPARE(inWindow<QLabel>("workspacesLabel")->text(),
             L("All workspaces, including new ones", "Todos os workspaces, incluindo novos"));

    auto *scopes = pane->findChild<QTableWidget *>(QStringLiteral("scopesTable"));
    QVERIFY(scopes);
    snapshot(window, "main-window-details");
    QCOMPARE(scopes->horizontalHeaderItem(0)->text(), L("Scope", "Escopo"));
    QCOMPARE(scopes->horizontalHeaderItem(1)->text(), L("Permission", "Permissão"));
    QStringList rows;
    for (int i = 0; i < scopes->rowCount(); ++i)
        rows.append(scopes->item(i, 0)->text() + QStringLiteral(": ") + scopes->item(i, 1)->text());
    QCOMPARE(rows.join(QLatin1Char('|')),
             L("Modules: Read|Circles: All permissions|Deploy: All permissions",
               "Módulos: Leitura|Círculos: Todas as permissões|Deploy: Todas as permissões"));
}

void TestPortuguese::listErrorAndRetry()
{
    startAndSignIn();
    m_sim->addFault({"GET", QStringLiteral("^/gate/api/v1/system-token$"), Fault::Action::Respond,
                     500, "application/json", gateError(QStringLiteral("boom")).toUtf8(), 0, 1});
    m_app->mainWindow()->refreshAction()->trigger();
    QTRY_COMPARE(inWindow<QStackedWidget>("stateStack")->currentWidget()->objectName(),
                 QStringLiteral("errorPage"));
    const QString error = inWindow<QLabel>("errorLabel")->text();
    QVERIFY2(error.startsWith(L("The server had an internal error (HTTP 500). Try again; if it "
                                "persists, contact the Charles administrators.",
                                "O servidor teve um erro interno (HTTP 500). Tente novamente; se o "
                                "erro continuar, fale com os administradores do Charles.")),
             qPrintable(error));
    QVERIFY2(error.contains(
                 L("(Error id for support: 7d0c6a36", "(ID do erro para o suporte: 7d0c6a36")),
             qPrintable(error));
    QCOMPARE(inWindow<QPushButton>("retryButton")->text(), L("&Retry", "Tentar &novamente"));
    snapshot(m_app->mainWindow(), "main-window-error");
}

void TestPortuguese::goneTokenNotice()
{
    startAndSignIn();
    const QString id = m_app->tokenModel()->tokenAt(0)->id;
    m_sim->addFault({"GET", QStringLiteral("^/gate/api/v1/system-token/%1$").arg(id),
                     Fault::Action::Respond, 404, "application/json",
                     gateError(QStringLiteral("Token not found")).toUtf8(), 0, 1});
    m_app->mainWindow()->tokenView()->setCurrentIndex(m_app->tokenModel()->index(0));
    QTRY_VERIFY(m_app->mainWindow()->detailsPane()->isGone());
    QCOMPARE(inWindow<QLabel>("noticeLabel")->text(),
             L("This token no longer exists. Someone may have revoked it.",
               "Este token não existe mais. Talvez alguém o tenha revogado."));
}

void TestPortuguese::wizardPages()
{
    CreateTokenWizard *wizard = makeWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    const auto button = [wizard](QWizard::WizardButton which) {
        return wizard->button(which);
    };
    const auto find = [wizard](const char *name) {
        return wizard->findChild<QWidget *>(QLatin1String(name));
    };
    const auto text = [&](const char *name) {
        QWidget *w = find(name);
        if (auto *label = qobject_cast<QLabel *>(w))
            return label->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            return b->text();
        return QStringLiteral("<no %1>").arg(QLatin1String(name));
    };
    const auto checkAccelerators = [&] {
        QList<QPair<QString, QString>> found = accelerators(wizard->currentPage(), true);
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                           QWizard::CancelButton}) {
            QAbstractButton *b = button(which);
            if (b && b->isVisible() && !mnemonic(b->text()).isEmpty())
                found.append({mnemonic(b->text()), b->text()});
        }
        const QStringList clashes = acceleratorClashes(found);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    };

    QCOMPARE(wizard->windowTitle(), L("New System Token", "Novo token sistêmico"));
    // Name.
    QCOMPARE(wizard->currentPage()->title(), L("Name", "Nome"));
    QCOMPARE(wizard->currentPage()->subTitle(),
             L("How the token is called in the list.", "Como o token aparece na lista."));
    QCOMPARE(button(QWizard::NextButton)->text(), L("&Next >", "&Próximo >"));
    QCOMPARE(button(QWizard::CancelButton)->text(), L("Cancel", "Cancelar"));
    QCOMPARE(text("nameCaption"), L("N&ame:", "&Nome:"));
    auto *name = qobject_cast<QLineEdit *>(find("nameEdit"));
    QCOMPARE(name->placeholderText(), L("e.g. payments-pipeline", "ex.: pipeline-pagamentos"));
    checkAccelerators();
    QTest::keyClicks(name, QStringLiteral("x"));
    name->clear();
    QCOMPARE(text("nameMessageLabel"),
             L("Enter a name for the token.", "Digite um nome para o token."));
    name->setText(QString(65, QLatin1Char('a')));
    QCOMPARE(text("nameMessageLabel"),
             L("The name is 1 character too long. At most 64 characters are allowed.",
               "O nome tem 1 caractere a mais. São permitidos no máximo 64 caracteres."));
    name->setText(QString(70, QLatin1Char('a')));
    QCOMPARE(text("nameMessageLabel"),
             L("The name is 6 characters too long. At most 64 characters are allowed.",
               "O nome tem 6 caracteres a mais. São permitidos no máximo 64 caracteres."));
    name->setText(QStringLiteral("pipeline-pagamentos"));
    QCOMPARE(find("counterLabel")->accessibleName(),
             L("Name length: 19 of at most 64 characters",
               "Tamanho do nome: 19 de no máximo 64 caracteres"));
    snapshot(wizard, "wizard-name");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // Workspaces.
    QCOMPARE(wizard->currentId(), int(CreateTokenWizard::WorkspacesPageId));
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Workspaces"));
    QCOMPARE(
        wizard->currentPage()->subTitle(),
        L("Which workspaces the token may reach.", "Quais workspaces o token poderá acessar."));
    QCOMPARE(button(QWizard::BackButton)->text(), L("< &Back", "< &Voltar"));
    QCOMPARE(text("allRadio"),
             L("&All workspaces (including new ones)", "&Todos os workspaces (incluindo novos)"));
    QCOMPARE(text("selectedRadio"),
             L("&Only the workspaces I select", "&Somente os workspaces que eu selecionar"));
    QCOMPARE(text("searchCaption"), L("&Search:", "&Buscar:"));
    WorkspaceModel *model = wizard->workspaceModel();
    QTRY_COMPARE(model->state(), WorkspaceModel::State::Loaded);
    qobject_cast<QRadioButton *>(find("selectedRadio"))->click();
    QCOMPARE(text("selectionLabel"),
             L("No workspace selected yet: check at least one.",
               "Nenhum workspace selecionado ainda: marque pelo menos um."));
    const QString first = model->index(0).data().toString();
    const QString second = model->index(1).data().toString();
    QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(text("selectionLabel"),
             L("1 workspace selected: %1", "1 workspace selecionado: %1").arg(first));
    QVERIFY(model->setData(model->index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(text("selectionLabel"),
             L("2 workspaces selected: %1 and %2", "2 workspaces selecionados: %1 e %2")
                 .arg(first, second));
    checkAccelerators();
    snapshot(wizard, "wizard-workspaces");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // Scopes.
    QCOMPARE(wizard->currentId(), int(CreateTokenWizard::ScopesPageId));
    QCOMPARE(wizard->currentPage()->title(), L("Scopes", "Escopos"));
    QCOMPARE(text("modulesCheck"), L("&Modules", "&Módulos"));
    QCOMPARE(text("modulesWriteCheck"), L("&Write", "&Escrita"));
    QCOMPARE(text("modulesReadCheck"), L("&Read", "&Leitura"));
    QCOMPARE(text("circlesCheck"), L("&Circles", "&Círculos"));
    QCOMPARE(text("deployCheck"), QStringLiteral("&Deploy"));
    QCOMPARE(text("maintenanceCheck"), L("M&aintenance", "Ma&nutenção"));
    QCOMPARE(text("modulesDescription"),
             L("Full access to the modules APIs: read and write.",
               "Acesso completo às APIs de módulos: leitura e escrita."));
    QCOMPARE(text("circlesWriteDescription"),
             L("Create, update and delete circles.", "Criar, atualizar e excluir círculos."));
    QCOMPARE(text("maintenanceDescription"),
             L("Full access to the workspaces' settings: read and write.",
               "Acesso completo às configurações dos workspaces: leitura e escrita."));
    checkAccelerators();
    auto *modules = qobject_cast<QCheckBox *>(find("modulesCheck"));
    QTest::mouseClick(modules, Qt::LeftButton);
    QTest::mouseClick(modules, Qt::LeftButton);
    QCOMPARE(text("scopesMessageLabel"),
             L("Choose at least one scope.", "Escolha pelo menos um escopo."));
    QTest::mouseClick(modules, Qt::LeftButton);
    QTest::mouseClick(qobject_cast<QCheckBox *>(find("circlesReadCheck")), Qt::LeftButton);
    QTest::mouseClick(qobject_cast<QCheckBox *>(find("deployCheck")), Qt::LeftButton);
    snapshot(wizard, "wizard-scopes");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // Review.
    QCOMPARE(wizard->currentId(), int(CreateTokenWizard::ReviewPageId));
    QCOMPARE(wizard->currentPage()->title(), L("Review", "Revisão"));
    QCOMPARE(button(QWizard::FinishButton)->text(), L("&Generate token", "&Gerar token"));
    QCOMPARE(text("workspacesValue"),
             L("2 workspaces: %1, %2", "2 workspaces: %1, %2").arg(first, second));
    QCOMPARE(text("scopesValue"),
             L("Modules — All permissions\nCircles — Read\nDeploy",
               "Módulos — Todas as permissões\nCírculos — Leitura\nDeploy"));
    QCOMPARE(text("scopesCaption"), L("Scopes:", "Escopos:"));
    snapshot(wizard, "wizard-review");
    checkAccelerators();

    // A refusal by the server, in words, back on its page.
    Fault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("^/gate/api/v1/system-token$");
    fault.status = 400;
    fault.body = gateError(QStringLiteral("invalid permissions")).toUtf8();
    fault.times = 1;
    m_f->sim->addFault(fault);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(wizard->currentId(), int(CreateTokenWizard::ScopesPageId));
    QCOMPARE(text("scopesMessageLabel"),
             L("The server does not accept the chosen scopes.",
               "O servidor não aceita os escopos escolhidos."));
    snapshot(wizard, "wizard-scopes-refused");
    wizard->reject();
}

void TestPortuguese::copyDialog()
{
    TokenValueDialog *dialog = makeValueDialog(TokenValueDialog::Origin::Created);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto label = [&dialog](const char *name) {
        return dialog->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QCOMPARE(dialog->windowTitle(), L("Token Created", "Token criado"));
    QCOMPARE(label("headingLabel"), L("Your token has been created!", "Seu token foi criado!"));
    QCOMPARE(label("nameLabel"), L("Token: pipeline-pagamentos", "Token: pipeline-pagamentos"));
    QCOMPARE(label("valueCaption"), L("&Value:", "&Valor:"));
    QCOMPARE(label("feedbackLabel"),
             L("Copy the value before closing this window.",
               "Copie o valor antes de fechar esta janela."));
    QVERIFY(label("warningLabel")
                .startsWith(L("This value is not stored anywhere",
                              "Este valor não fica guardado em lugar nenhum")));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QCOMPARE(copy->text(), L("&Copy", "&Copiar"));
    auto *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QCOMPARE(QString(close->text()).remove(QLatin1Char('&')), L("Close", "Fechar"));
    const QStringList clashes = acceleratorClashes(accelerators(dialog, true));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    snapshot(dialog, "copy-dialog");

    // Closing before copying asks.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::closeUncopiedBoxName());
    QMessageBox *box = activeBox();
    QCOMPARE(box->windowTitle(), L("Close without copying?", "Fechar sem copiar?"));
    QCOMPARE(box->text(),
             L("You won't be able to see this token again. Close anyway?",
               "Você não poderá ver este token novamente. Fechar mesmo assim?"));
    QCOMPARE(buttonText(box, Confirmations::confirmButtonName()), L("&Yes, close", "&Sim, fechar"));
    QCOMPARE(buttonText(box, Confirmations::keepButtonName()), L("&No", "&Não"));
    snapshot(box, "copy-dialog-close-uncopied");
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(activeBox() != box);

    // Copied: the button and the line under the field say so.
    dialog->copyValue();
    QCOMPARE(copy->text(), L("Copied", "Copiado"));
    QCOMPARE(label("feedbackLabel"),
             L("Copied. The clipboard will be cleared in 30 seconds.",
               "Copiado. A área de transferência será limpa em 30 segundos."));
    snapshot(dialog, "copy-dialog-copied");
    dialog->reject();
    QTRY_VERIFY(!m_dialog);

    dialog = makeValueDialog(TokenValueDialog::Origin::Regenerated);
    QCOMPARE(dialog->windowTitle(), L("Token Regenerated", "Token regerado"));
    QCOMPARE(label("headingLabel"),
             L("Your token has been regenerated!", "Seu token foi regerado!"));
    dialog->copyValue();
    dialog->reject();
    QTRY_VERIFY(!m_dialog);
}

void TestPortuguese::copyCountdownPlural()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 2);
    TokenValueDialog *dialog = makeValueDialog(TokenValueDialog::Origin::Created);
    auto *feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"));
    dialog->copyValue();
    QCOMPARE(feedback->text(),
             L("Copied. The clipboard will be cleared in 2 seconds.",
               "Copiado. A área de transferência será limpa em 2 segundos."));
    QTRY_COMPARE(feedback->text(),
                 L("Copied. The clipboard will be cleared in 1 second.",
                   "Copiado. A área de transferência será limpa em 1 segundo."));
    QTRY_COMPARE(feedback->text(),
                 L("The token was removed from the clipboard.",
                   "O token foi removido da área de transferência."));
    dialog->reject();
}

void TestPortuguese::revokeAndRegenerateConfirmations()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(640, 480);
    m_window->show();
    bool confirmed = false;
    const auto onConfirmed = [&confirmed] {
        confirmed = true;
    };

    QMessageBox *box = Confirmations::askRevoke(m_window.get(), QStringLiteral("ci-pagamentos"),
                                                m_window.get(), onConfirmed);
    QCOMPARE(box->windowTitle(), L("Revoke “ci-pagamentos”?", "Revogar “ci-pagamentos”?"));
    QCOMPARE(box->text(),
             L("Revoke the system token “ci-pagamentos”?",
               "Revogar o token sistêmico “ci-pagamentos”?"));
    QCOMPARE(box->informativeText(),
             L("Applications and pipelines using this token will lose access to Charles at once. "
               "This cannot be undone.",
               "As aplicações e os pipelines que usam este token perderão o acesso ao Charles "
               "imediatamente. Essa ação não pode ser desfeita."));
    QCOMPARE(buttonText(box, Confirmations::confirmButtonName()),
             L("Yes, &revoke token", "Sim, &revogar token"));
    QCOMPARE(buttonText(box, Confirmations::keepButtonName()),
             L("&Cancel, keep token", "&Cancelar, manter token"));
    snapshot(box, "revoke-confirmation");
    QStringList clashes = acceleratorClashes(accelerators(box, true));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!activeBox());

    box = Confirmations::askRegenerate(m_window.get(), QStringLiteral("ci-pagamentos"),
                                       m_window.get(), onConfirmed);
    QCOMPARE(box->windowTitle(), L("Regenerate “ci-pagamentos”?", "Regerar “ci-pagamentos”?"));
    QCOMPARE(box->text(),
             L("Regenerate the system token “ci-pagamentos”?",
               "Regerar o token sistêmico “ci-pagamentos”?"));
    QVERIFY(box->informativeText().endsWith(
        L("This cannot be undone.", "Essa ação não pode ser desfeita.")));
    QCOMPARE(buttonText(box, Confirmations::confirmButtonName()),
             L("Yes, r&egenerate token", "Sim, r&egerar token"));
    QCOMPARE(buttonText(box, Confirmations::keepButtonName()),
             L("&Cancel, keep token", "&Cancelar, manter token"));
    snapshot(box, "regenerate-confirmation");
    clashes = acceleratorClashes(accelerators(box, true));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!activeBox());
    QVERIFY(!confirmed);
}

void TestPortuguese::preferencesDialog()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto label = [&dialog](const char *name) {
        return dialog.findChild<QLabel *>(QLatin1String(name))->text();
    };
    const auto spin = [&dialog](const char *name) {
        return dialog.findChild<QSpinBox *>(QLatin1String(name));
    };
    QCOMPARE(dialog.windowTitle(), L("Preferences", "Preferências"));
    QCOMPARE(label("clipboardLabel"),
             L("&Clear the clipboard after:", "&Limpar a área de transferência após:"));
    QCOMPARE(spin("clipboardSpin")->suffix(), L(" seconds", " segundos"));
    spin("clipboardSpin")->setValue(1);
    QCOMPARE(spin("clipboardSpin")->suffix(), L(" second", " segundo"));
    spin("clipboardSpin")->setValue(30);
    QCOMPARE(spin("clipboardSpin")->accessibleName(),
             L("Seconds before the clipboard is cleared",
               "Segundos até a área de transferência ser limpa"));
    QVERIFY(label("clipboardHint")
                .startsWith(L("A copied token is removed from the clipboard",
                              "Um token copiado é removido da área de transferência")));
    QCOMPARE(label("searchLabel"),
             L("&Search when typing pauses for:", "&Buscar quando a digitação parar por:"));
    QCOMPARE(spin("searchSpin")->accessibleName(),
             L("Milliseconds the search waits after the last key",
               "Milissegundos que a busca espera após a última tecla"));
    QVERIFY(label("searchHint")
                .startsWith(
                    L("The list asks the server again", "A lista consulta o servidor de novo")));
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(QString(box->button(QDialogButtonBox::Cancel)->text()).remove(QLatin1Char('&')),
             L("Cancel", "Cancelar"));
    QCOMPARE(box->button(QDialogButtonBox::RestoreDefaults)->text(),
             L("&Restore Defaults", "&Restaurar padrões"));
    const QStringList clashes = acceleratorClashes(accelerators(&dialog, true));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    snapshot(&dialog, "preferences");
}

void TestPortuguese::actionOutcomeNotice()
{
    sim::SeedOptions seed;
    seed.tokens = 2;
    m_f = std::make_unique<SimFixture>(seed);
    QVERIFY(m_f->signIn());
    m_window = std::make_unique<QWidget>();
    m_window->resize(640, 480);
    m_window->show();
    m_guard = std::make_unique<ClipboardGuard>();
    m_actions = std::make_unique<TokenActions>(m_f->api.get(), m_guard.get(), m_window.get());

    SystemToken token;
    token.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    token.name = QStringLiteral("fantasma");
    m_actions->revokeToken(token);
    QTRY_VERIFY(activeBox());
    QTest::mouseClick(activeBox()->findChild<QPushButton *>(Confirmations::confirmButtonName()),
                      Qt::LeftButton);
    QTRY_VERIFY(activeBox() && activeBox()->objectName() == Confirmations::noticeBoxName());
    QMessageBox *box = activeBox();
    QCOMPARE(box->windowTitle(), L("Token not found", "Token não encontrado"));
    QCOMPARE(box->text(), L("This token no longer exists.", "Este token não existe mais."));
    QCOMPARE(box->informativeText(),
             L("“fantasma” is taken off the list.", "“fantasma” foi retirado da lista."));
    QCOMPARE(box->button(QMessageBox::Ok)->text(), QStringLiteral("OK"));
    snapshot(box, "notice-token-not-found");
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!activeBox());
}

void TestPortuguese::apiErrorMessages()
{
    // The server's own words, known ones translated, unknown ones quoted.
    const ApiError known = ApiError::fromHttp(
        409, "application/json", gateError(QStringLiteral("Token already revoked.")).toUtf8());
    QVERIFY2(known.userMessage() ==
                 L("This token was already revoked.", "Este token já foi revogado."),
             qPrintable(known.userMessage()));
    const ApiError unknown = ApiError::fromHttp(
        400, "application/json", gateError(QStringLiteral("Something odd")).toUtf8());
    QVERIFY2(unknown.userMessage().endsWith(
                 L("The server said: “Something odd”", "O servidor respondeu: “Something odd”")),
             qPrintable(unknown.userMessage()));
}

void TestPortuguese::relativeDates_data()
{
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("expected");
    const int minute = 60;
    const int hour = 60 * minute;
    const int day = 24 * hour;
    QTest::newRow("now") << 5 << L("just now", "agora mesmo");
    QTest::newRow("future") << -3600 << L("in the future", "no futuro");
    QTest::newRow("1 minute") << minute << L("1 minute ago", "há 1 minuto");
    QTest::newRow("5 minutes") << 5 * minute << L("5 minutes ago", "há 5 minutos");
    QTest::newRow("1 hour") << hour << L("1 hour ago", "há 1 hora");
    QTest::newRow("3 hours") << 3 * hour << L("3 hours ago", "há 3 horas");
    QTest::newRow("1 day") << day << L("1 day ago", "há 1 dia");
    QTest::newRow("3 days") << 3 * day << L("3 days ago", "há 3 dias");
    QTest::newRow("1 month") << 40 * day << L("1 month ago", "há 1 mês");
    QTest::newRow("2 months") << 61 * day << L("2 months ago", "há 2 meses");
    QTest::newRow("1 year") << 400 * day << L("1 year ago", "há 1 ano");
    QTest::newRow("3 years") << 3 * 366 * day << L("3 years ago", "há 3 anos");
}

void TestPortuguese::relativeDates()
{
    QFETCH(int, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
    const QDateTime when = now.addSecs(-secondsAgo);
    QCOMPARE(DateText::relative(when, now), expected);
    QCOMPARE(DateText::full(QDateTime(QDate(2024, 3, 5), QTime(8, 7), Qt::UTC),
                            QDateTime(QDate(2024, 3, 8), QTime(8, 7), Qt::UTC))
                 .replace(QChar(0x202f), QLatin1Char(' ')),
             L("3/5/24 8:07 AM (3 days ago)", "05/03/2024 08:07 (há 3 dias)"));
}

void TestPortuguese::qtStandardContextMenu()
{
    QLineEdit edit;
    edit.setText(QStringLiteral("texto"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (!a->isSeparator())
            texts.append(a->text().section(QLatin1Char('\t'), 0, 0));
    }
    QVERIFY2(texts.contains(L("&Copy", "&Copiar")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(L("Select All", "Selecionar tudo")), qPrintable(texts.join(u'|')));
}

QTEST_MAIN(TestPortuguese)
#include "tst_portuguese.moc"
