#pragma once

#include "core/types.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QMessageBox;

namespace charles {

namespace Ui {
class MainWindow;
}

class CharlesApi;
class Session;
class TokenDetailsWidget;
class TokenListModel;

// The token list with its search, sort and states (loading, empty, error), the details of
// the current token beside it, the menus, the toolbar and the status bar.
//
// The token actions (new, revoke, regenerate, open side by side) are created here with
// their shortcuts, disabled and unconnected: the dialogs behind them connect to
// triggered() and call setTokenActionsWired(true), after which the window enables them as
// the sign-in and the current token allow.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CharlesApi *api, TokenListModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    QAction *newTokenAction() const;
    QAction *revokeAction() const;
    QAction *regenerateAction() const;
    QAction *sideBySideAction() const;
    QAction *refreshAction() const;
    QAction *findAction() const;
    QAction *signInAction() const;
    QAction *signOutAction() const;
    QAction *quitAction() const;
    QAction *aboutAction() const;

    void setTokenActionsWired(bool wired);
    // Closing asks first when this says why (a value not pasted yet, a value being minted);
    // an empty answer closes at once.
    void setQuitCheck(std::function<QString()> check);
    // While an action runs on a token (from its confirmation on), its actions are disabled.
    void setTokenBusy(const QString &id, bool busy);
    // A call about the token went out: says so while it is the one shown.
    void setTokenWaiting(const QString &id);

    QListView *tokenView() const;
    TokenDetailsWidget *detailsPane() const;

    // The token whose details show, or none.
    QString currentTokenId() const;
    const SystemToken *currentToken() const;
    // Makes the token with `id` current (if the list holds it) and shows its details.
    bool selectToken(const QString &id);

    // Filters the list by `name` at once, as if typed in the search field (after a create
    // whose outcome is unknown, say).
    void showTokensNamed(const QString &name);
    // The token is gone (revoked here or elsewhere): its row leaves the list and, when its
    // details show, they close.
    void forgetToken(const QString &id);

    // Keeps geometry, window state and splitter in QSettings.
    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    void currentTokenChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpList();
    void setUpSort();
    void retranslateSort();
    void updateTitle();
    void updateStatus();
    void updateState();
    void updateActions();
    void applyQuietPalette();
    void setErrorIcons();
    void onCurrentChanged(const QModelIndex &current);
    void onTokenGone(const QString &id);
    void maybeFetchMore();
    void scheduleFetchCheck();
    void showAbout();
    void showPreferences();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CharlesApi *m_api;
    Session *m_session;
    TokenListModel *m_model;
    QLabel *m_statusLabel = nullptr;
    bool m_demo = false;
    bool m_tokenActionsWired = false;
    bool m_fetchCheckQueued = false;
    bool m_keepDetails = false;
    bool m_quitConfirmed = false;
    std::function<QString()> m_quitCheck;
    QSet<QString> m_busyTokens;
    QPointer<QMessageBox> m_quitQuestion;
};

} // namespace charles
