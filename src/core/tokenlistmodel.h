#pragma once

#include "apierror.h"
#include "result.h"
#include "types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace charles {

class CharlesApi;
class PendingCall;

// The system tokens the list shows, loaded page by page as the view asks (canFetchMore /
// fetchMore), filtered by name on the server after a short debounce. Answers to a query that
// was superseded are dropped; a token id appears once however pages shift; a page shorter
// than asked for ends the list, whatever `last` says.
class TokenListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TokenRole, // QVariant<SystemToken>
        ScopesTextRole, // scopes in short form
        WorkspacesTextRole, // "All workspaces" or a count
        LastUsedTextRole, // "Never used" or when
        DetailLineRole, // the three above, for the quieter second line
    };

    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)

    explicit TokenListModel(CharlesApi *api, QObject *parent = nullptr);
    ~TokenListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The search text; the list reloads after the debounce interval.
    void setSearchText(const QString &text);
    QString searchText() const { return m_pendingSearch; }
    // Applies a pending search at once (Enter in the search field).
    void applySearchNow();
    static constexpr int kDefaultDebounceMs = 250;
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounceInterval() const { return m_debounce.interval(); }

    void setSort(TokenSort sort);
    // Not sort(): that name belongs to QAbstractItemModel::sort(int, Qt::SortOrder).
    TokenSort tokenSort() const { return m_sort; }

    void setPageSize(int size) { m_pageSize = qBound(1, size, 500); }
    int pageSize() const { return m_pageSize; }

    // Drops what is shown and loads the first page again.
    void reload();
    // After an error: asks again for the page that failed, keeping the rows already loaded
    // (or reloads when there are none).
    void retry();
    // Forgets everything without loading (signed out).
    void clear();

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    bool isLoading() const { return !m_call.isNull(); }
    bool isExhausted() const { return m_exhausted; }

    const SystemToken *tokenAt(int row) const;
    int rowOf(const QString &id) const;

    // Local changes after the admin's own actions, without reloading the list.
    void insertToken(const SystemToken &token);
    void updateToken(const SystemToken &token);
    void removeToken(const QString &id);

    // True when `name` would be listed under the current search, as gate's LIKE decides.
    bool matchesSearch(const QString &name) const;

Q_SIGNALS:
    void stateChanged(charles::TokenListModel::State state);
    void pageLoaded(int page, int rows);
    void errorOccurred(const charles::ApiError &error);

private:
    void startQuery();
    void requestPage(int page);
    void onPage(quint64 generation, int page, Result<TokenPage> result);
    void setState(State state);
    int insertPosition(const SystemToken &token) const;
    void rebuildIndex(int fromRow);

    CharlesApi *m_api;
    QList<SystemToken> m_tokens;
    QHash<QString, int> m_rowById;
    QString m_search; // applied
    QString m_pendingSearch; // typed
    TokenSort m_sort = TokenSort::CreatedNewest;
    int m_pageSize = 50;
    int m_nextPage = 0;
    int m_removedSinceFetch = 0;
    bool m_exhausted = true;
    bool m_started = false;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    ApiError m_error;
    QTimer m_debounce;
    QPointer<PendingCall> m_call;
};

// The quiet texts of a row, shared by the list and the details.
QString scopesShortText(const PermissionSet &permissions);
QString workspacesShortText(const SystemToken &token);
QString lastUsedShortText(const SystemToken &token);

} // namespace charles
