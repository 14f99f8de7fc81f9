#include "mainwindow.h"

#include "core/charlesapi.h"
#include "core/session.h"
#include "core/tokenlistmodel.h"
#include "drawnicons.h"
#include "preferencesdialog.h"
#include "tokendelegate.h"
#include "tokendetailswidget.h"
#include "ui_mainwindow.h"
#include "uilogging.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace charles {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSortKey = QStringLiteral("mainWindow/sort");

// The actions' pictures are one painted set, drawn together: an icon theme has no distinct
// picture for "regenerate the value" (it would share Refresh's), and mixing a theme's icons
// with painted ones looks worse than either. They are monochrome in the window's text colour,
// which a menu's highlighted row would swallow: they show in the tool bar only.
void setPaintedIcon(QAction *action, drawnicons::Shape shape)
{
    action->setIcon(drawnicons::icon(shape));
    action->setIconVisibleInMenu(false);
}

} // namespace

MainWindow::MainWindow(CharlesApi *api, TokenListModel *model, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_api(api),
      m_session(api->session()),
      m_model(model)
{
    m_ui->setupUi(this);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setAccessibleName(tr("Session"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_ui->detailsPane->setApi(api);
    m_ui->detailsPane->setActions(m_ui->revokeAction, m_ui->regenerateAction);
    connect(m_ui->detailsPane, &TokenDetailsWidget::tokenRefreshed, m_model,
            &TokenListModel::updateToken);
    connect(m_ui->detailsPane, &TokenDetailsWidget::tokenGone, this, &MainWindow::onTokenGone);

    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({460, 540});

    setUpActions();
    setUpList();
    setUpSort();
    applyQuietPalette();

    connect(m_session, &Session::stateChanged, this, [this] {
        updateStatus();
        updateActions();
    });

    updateTitle();
    updateStatus();
    updateState();
    updateActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->newTokenAction->setShortcut(QKeySequence::New);
    setPaintedIcon(m_ui->newTokenAction, drawnicons::Shape::NewToken);
    m_ui->revokeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    // Delete belongs to the list and the details; in the search field it deletes text.
    m_ui->revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setPaintedIcon(m_ui->revokeAction, drawnicons::Shape::Revoke);
    m_ui->tokenList->addAction(m_ui->revokeAction);
    m_ui->detailsPane->addAction(m_ui->revokeAction);
    setPaintedIcon(m_ui->regenerateAction, drawnicons::Shape::Regenerate);
    setPaintedIcon(m_ui->sideBySideAction, drawnicons::Shape::SideBySide);
    for (QAction *action :
         {m_ui->newTokenAction, m_ui->revokeAction, m_ui->regenerateAction, m_ui->sideBySideAction})
        action->setEnabled(false);

    m_ui->refreshAction->setShortcuts({QKeySequence(Qt::Key_F5)});
    setPaintedIcon(m_ui->refreshAction, drawnicons::Shape::Refresh);
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        qCInfo(lcUi) << "refresh asked";
        m_model->reload();
        if (m_ui->detailsPane->hasToken() && !m_ui->detailsPane->isGone())
            m_ui->detailsPane->refresh();
    });

    m_ui->findAction->setShortcut(QKeySequence::Find);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    // Quitting goes through closeEvent(), which may ask first.
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::setUpList()
{
    QListView *view = m_ui->tokenList;
    view->setModel(m_model);
    view->setItemDelegate(new TokenDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->viewport()->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    // QListView asks for more only at the very end of the scroll range; ask a screen early,
    // and whenever the rows do not fill the view yet.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::scheduleFetchCheck);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &MainWindow::scheduleFetchCheck);

    connect(m_ui->searchField, &QLineEdit::textChanged, m_model, &TokenListModel::setSearchText);
    connect(m_ui->searchField, &QLineEdit::returnPressed, m_model, &TokenListModel::applySearchNow);
    connect(m_ui->retryButton, &QPushButton::clicked, m_model, &TokenListModel::reload);
    connect(m_ui->listRetryButton, &QPushButton::clicked, m_model, &TokenListModel::retry);

    connect(m_model, &TokenListModel::stateChanged, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateState();
        // After a reload, the token whose details show becomes current again once its row
        // is back, without asking the server for it a second time.
        const QString shown = m_ui->detailsPane->token().id;
        if (!m_ui->tokenList->currentIndex().isValid() && !shown.isEmpty() &&
            !m_ui->detailsPane->isGone()) {
            const int row = m_model->rowOf(shown);
            if (row >= 0) {
                m_keepDetails = true;
                m_ui->tokenList->setCurrentIndex(m_model->index(row));
                m_keepDetails = false;
            }
        }
    });
    connect(m_model, &TokenListModel::pageLoaded, this, &MainWindow::scheduleFetchCheck);
}

void MainWindow::setUpSort()
{
    QComboBox *combo = m_ui->sortCombo;
    for (const TokenSort sort :
         {TokenSort::CreatedNewest, TokenSort::CreatedOldest, TokenSort::NameAscending,
          TokenSort::NameDescending, TokenSort::LastUsed})
        combo->addItem(QString(), int(sort));
    retranslateSort();

    const int saved = QSettings().value(kSortKey, int(TokenSort::CreatedNewest)).toInt();
    const int index = combo->findData(saved);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    m_model->setSort(TokenSort(combo->currentData().toInt()));

    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const auto sort = TokenSort(combo->currentData().toInt());
        QSettings().setValue(kSortKey, int(sort));
        m_model->setSort(sort);
    });
}

void MainWindow::retranslateSort()
{
    QComboBox *combo = m_ui->sortCombo;
    for (int i = 0; i < combo->count(); ++i) {
        QString text;
        switch (TokenSort(combo->itemData(i).toInt())) {
        case TokenSort::CreatedNewest:
            //: Sort order of the token list, by creation date
            text = tr("Newest first");
            break;
        case TokenSort::CreatedOldest:
            //: Sort order of the token list, by creation date
            text = tr("Oldest first");
            break;
        case TokenSort::NameAscending:
            text = tr("Name A–Z");
            break;
        case TokenSort::NameDescending:
            text = tr("Name Z–A");
            break;
        case TokenSort::LastUsed:
            //: Sort order of the token list: most recently used first
            text = tr("Last used");
            break;
        }
        combo->setItemText(i, text);
    }
    combo->setToolTip(tr("Order of the tokens"));
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_demo ? tr("Charles System Tokens — Demo") : tr("Charles System Tokens"));
}

void MainWindow::updateStatus()
{
    const QString server = m_session->profile().label();
    QString text;
    switch (m_session->state()) {
    case Session::State::SignedIn: {
        const UserProfile &user = m_session->user();
        if (user.name.isEmpty() || user.name == user.email)
            text = tr("Signed in as %1 to %2").arg(user.email, server);
        else
            text = tr("Signed in as %1 (%2) to %3").arg(user.name, user.email, server);
        break;
    }
    case Session::State::SigningIn:
        text = tr("Signing in to %1…").arg(server);
        break;
    case Session::State::Expired:
        text = tr("Your session with %1 has ended. Sign in again to continue.").arg(server);
        break;
    case Session::State::SignedOut:
        text = tr("Not signed in");
        break;
    }
    m_statusLabel->setText(text);
}

void MainWindow::updateState()
{
    const int rows = m_model->rowCount();
    const TokenListModel::State state = m_model->state();
    QWidget *page = m_ui->listPage;

    if (rows == 0) {
        switch (state) {
        case TokenListModel::State::Loading:
            page = m_ui->loadingPage;
            break;
        case TokenListModel::State::Empty:
        case TokenListModel::State::Loaded: {
            page = m_ui->emptyPage;
            const QString search = m_model->searchText().trimmed();
            m_ui->emptyLabel->setText(
                search.isEmpty()
                    ? tr("No token was found.\nCreate one with New token (%1).")
                          .arg(m_ui->newTokenAction->shortcut().toString(QKeySequence::NativeText))
                    : tr("No token was found for “%1”.")
                          .arg(m_ui->emptyLabel->fontMetrics().elidedText(
                              search, Qt::ElideMiddle, qMax(200, m_ui->tokenList->width() / 2))));
            break;
        }
        case TokenListModel::State::Error:
            setErrorIcons();
            page = m_ui->errorPage;
            m_ui->errorLabel->setText(m_model->lastError().userMessage());
            break;
        case TokenListModel::State::Idle:
            break;
        }
    }
    m_ui->stateStack->setCurrentWidget(page);

    m_ui->loadingMoreBar->setVisible(rows > 0 && state == TokenListModel::State::Loading);
    const bool pageFailed = rows > 0 && state == TokenListModel::State::Error;
    m_ui->listErrorBar->setVisible(pageFailed);
    if (pageFailed) {
        setErrorIcons();
        m_ui->listErrorLabel->setText(m_model->lastError().userMessage());
    }
}

void MainWindow::setTokenActionsWired(bool wired)
{
    m_tokenActionsWired = wired;
    updateActions();
}

void MainWindow::updateActions()
{
    const Session::State state = m_session->state();
    const bool signedIn = state == Session::State::SignedIn;
    const bool tokenShown = m_ui->detailsPane->hasToken() && !m_ui->detailsPane->isGone();

    m_ui->refreshAction->setEnabled(signedIn);
    m_ui->signInAction->setEnabled(state == Session::State::SignedOut ||
                                   state == Session::State::Expired);
    m_ui->signOutAction->setEnabled(signedIn || state == Session::State::Expired);

    m_ui->newTokenAction->setEnabled(m_tokenActionsWired && signedIn);
    const bool busy = m_busyTokens.contains(currentTokenId());
    for (QAction *action : {m_ui->revokeAction, m_ui->regenerateAction})
        action->setEnabled(m_tokenActionsWired && signedIn && tokenShown && !busy);
    m_ui->sideBySideAction->setEnabled(m_tokenActionsWired && signedIn && tokenShown);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    if (m_keepDetails)
        return;
    const SystemToken *token = current.isValid() ? m_model->tokenAt(current.row()) : nullptr;
    if (token)
        m_ui->detailsPane->showToken(*token);
    else
        m_ui->detailsPane->clear();
    updateActions();
    Q_EMIT currentTokenChanged(token ? token->id : QString());
}

void MainWindow::onTokenGone(const QString &id)
{
    // The details say the token is gone; the row goes, and the neighbour the view would make
    // current must not replace that message.
    m_keepDetails = true;
    m_model->removeToken(id);
    m_ui->tokenList->selectionModel()->clear();
    m_keepDetails = false;
    updateActions();
}

QString MainWindow::currentTokenId() const
{
    return m_ui->detailsPane->hasToken() ? m_ui->detailsPane->token().id : QString();
}

const SystemToken *MainWindow::currentToken() const
{
    return m_ui->detailsPane->hasToken() ? &m_ui->detailsPane->token() : nullptr;
}

bool MainWindow::selectToken(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_ui->tokenList->setCurrentIndex(index);
    m_ui->tokenList->scrollTo(index);
    return true;
}

void MainWindow::showTokensNamed(const QString &name)
{
    m_ui->searchField->setText(name);
    m_model->applySearchNow();
}

void MainWindow::forgetToken(const QString &id)
{
    const bool shown = m_ui->detailsPane->hasToken() && m_ui->detailsPane->token().id == id;
    m_keepDetails = true;
    m_model->removeToken(id);
    if (shown)
        m_ui->tokenList->selectionModel()->clear();
    m_keepDetails = false;
    if (!shown)
        return;
    m_ui->detailsPane->clear();
    updateActions();
    Q_EMIT currentTokenChanged(QString());
}

void MainWindow::scheduleFetchCheck()
{
    if (m_fetchCheckQueued)
        return;
    m_fetchCheckQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fetchCheckQueued = false;
        maybeFetchMore();
    });
}

void MainWindow::maybeFetchMore()
{
    if (!m_model->canFetchMore({}) || !m_ui->tokenList->isVisible())
        return;
    // Rows are all the same height: from it, how far the end is, without waiting for the
    // view's own layout.
    const QListView *view = m_ui->tokenList;
    const int rows = m_model->rowCount();
    const int rowHeight = rows > 0 ? qMax(1, view->sizeHintForRow(0)) : 1;
    const int viewportHeight = view->viewport()->height();
    const int remaining = rows * rowHeight - view->verticalScrollBar()->value() - viewportHeight;
    if (rows == 0 || remaining < viewportHeight) {
        qCDebug(lcUi) << "asking for more tokens, rows:" << rows;
        m_model->fetchMore({});
    }
}

QListView *MainWindow::tokenView() const
{
    return m_ui->tokenList;
}

TokenDetailsWidget *MainWindow::detailsPane() const
{
    return m_ui->detailsPane;
}

QAction *MainWindow::newTokenAction() const
{
    return m_ui->newTokenAction;
}

QAction *MainWindow::revokeAction() const
{
    return m_ui->revokeAction;
}

QAction *MainWindow::regenerateAction() const
{
    return m_ui->regenerateAction;
}

QAction *MainWindow::sideBySideAction() const
{
    return m_ui->sideBySideAction;
}

QAction *MainWindow::refreshAction() const
{
    return m_ui->refreshAction;
}

QAction *MainWindow::findAction() const
{
    return m_ui->findAction;
}

QAction *MainWindow::signInAction() const
{
    return m_ui->signInAction;
}

QAction *MainWindow::signOutAction() const
{
    return m_ui->signOutAction;
}

QAction *MainWindow::quitAction() const
{
    return m_ui->quitAction;
}

QAction *MainWindow::aboutAction() const
{
    return m_ui->aboutAction;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
    if (settings.contains(kSplitterKey))
        m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::showPreferences()
{
    // Window-modal: the menu that opens it is blocked while it is open.
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The clipboard delay is read at each copy; the search delay applies from now on.
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_model->setDebounceInterval(dialog->searchDelay()); });
    dialog->open();
}

void MainWindow::showAbout()
{
    // The versions that run matter in a bug report: Qt and QtKeychain come from the system,
    // so the running Qt is asked and QtKeychain's comes from its package at configure time
    // (its header's QTKEYCHAIN_VERSION was never kept up to date).
#ifdef CHARLES_QTKEYCHAIN_VERSION
    const QString keychainVersion = QStringLiteral(CHARLES_QTKEYCHAIN_VERSION);
#else
    const QString keychainVersion = tr("unknown", "version of a library");
#endif
    const QString projectUrl = QStringLiteral("https://github.com/ZupIT/charlescd");
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>").arg(projectUrl);

    const QString name = tr("Charles System Tokens %1").arg(QCoreApplication::applicationVersion());
    const QString purpose = tr("Manage the system tokens of a Charles C.D. installation.");
    const QString qt = tr("Qt %1 (built with Qt %2)")
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString keychain = tr("QtKeychain %1").arg(keychainVersion);
    const QString licence = tr("Distributed under the Apache License, version 2.0.");
    const QString project = tr("Project page: %1");

    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Charles System Tokens"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon appIcon = QIcon::fromTheme(QStringLiteral("charles-tokens"), windowIcon());
    if (appIcon.isNull())
        box->setIcon(QMessageBox::Information);
    else
        box->setIconPixmap(appIcon.pixmap(iconSize * 2));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4</p><p>%5</p><p>%6</p>")
                     .arg(name.toHtmlEscaped(), purpose.toHtmlEscaped(), qt.toHtmlEscaped(),
                          keychain.toHtmlEscaped(), licence.toHtmlEscaped(),
                          project.toHtmlEscaped().arg(link)));
    // Selectable, so that the versions can be pasted into a bug report; the link opens.
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::applyQuietPalette()
{
    // The warning icons follow the palette too: drawn again if an error shows, else when one does.
    m_ui->errorIcon->clear();
    m_ui->listErrorIcon->clear();
    if (m_ui->stateStack->currentWidget() == m_ui->errorPage || m_ui->listErrorBar->isVisible())
        setErrorIcons();

    for (QLabel *label : {m_ui->loadingLabel, m_ui->emptyLabel, m_ui->loadingMoreLabel}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        label->setPalette(p);
    }
}

void MainWindow::setErrorIcons()
{
    // Drawn when an error first shows: reading the style's picture at start-up costs time.
    if (!m_ui->errorIcon->pixmap().isNull())
        return;
    const QStyle *s = style();
    const int small = s->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const int large = s->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon warning = s->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    m_ui->listErrorIcon->setPixmap(warning.pixmap(small));
    m_ui->errorIcon->setPixmap(warning.pixmap(large));
}

void MainWindow::setQuitCheck(std::function<QString()> check)
{
    m_quitCheck = std::move(check);
}

void MainWindow::setTokenBusy(const QString &id, bool busy)
{
    if (busy)
        m_busyTokens.insert(id);
    else
        m_busyTokens.remove(id);
    updateActions();
    if (!busy)
        statusBar()->clearMessage();
}

void MainWindow::setTokenWaiting(const QString &id)
{
    // Not while a confirmation is open: nothing was sent then.
    if (m_busyTokens.contains(id) && id == currentTokenId())
        statusBar()->showMessage(tr("Waiting for the server…"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An X11 clipboard dies with its owner, and quitting clears a copied token anyway: say
    // so before the admin loses a value not yet pasted.
    const QString reason = m_quitCheck && !m_quitConfirmed ? m_quitCheck() : QString();
    if (!reason.isEmpty()) {
        event->ignore();
        if (m_quitQuestion)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Charles System Tokens?"), reason,
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("quitWithSecretQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Wait, or paste what you copied where it belongs, then "
                                   "quit; or quit anyway."));
        QPushButton *quit = box->addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
        QPushButton *stay = box->addButton(tr("&Stay"), QMessageBox::RejectRole);
        box->setDefaultButton(stay);
        box->setEscapeButton(stay);
        m_quitQuestion = box;
        connect(box, &QMessageBox::finished, this, [this, box, quit] {
            if (box->clickedButton() != quit)
                return;
            m_quitConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
    // Other top-level windows (an open wizard, the comparison) go with the main one.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyQuietPalette();
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateSort();
        updateTitle();
        updateStatus();
        updateState();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->tokenList->viewport() && event->type() == QEvent::Resize)
        scheduleFetchCheck();
    return QMainWindow::eventFilter(watched, event);
}

} // namespace charles
