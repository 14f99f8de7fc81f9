#include "tokenlistmodel.h"

#include "charlesapi.h"
#include "logging.h"
#include "pendingcall.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace charles {

namespace {

const char *const kContext = "TokenList";

QString trList(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(kContext, text, disambiguation, n);
}

// Orders two tokens as gate would for `sort`; used to place a token created here.
bool before(const SystemToken &a, const SystemToken &b, TokenSort sort)
{
    switch (sort) {
    case TokenSort::CreatedNewest:
        return a.createdAt > b.createdAt;
    case TokenSort::CreatedOldest:
        return a.createdAt < b.createdAt;
    case TokenSort::NameAscending:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case TokenSort::NameDescending:
        return a.name.compare(b.name, Qt::CaseInsensitive) > 0;
    case TokenSort::LastUsed:
        if (a.lastUsedAt.isValid() != b.lastUsedAt.isValid())
            return a.lastUsedAt.isValid();
        return a.lastUsedAt > b.lastUsedAt;
    }
    return false;
}

} // namespace

QString scopesShortText(const PermissionSet &permissions)
{
    QStringList parts;
    const auto subject = [&](ScopeSubject s, const char *all, Permission write, Permission read,
                             const char *writeOnly, const char *readOnly) {
        switch (permissions.subjectState(s)) {
        case Qt::Checked:
            parts.append(trList(all));
            break;
        case Qt::PartiallyChecked:
            parts.append(permissions.contains(write)
                             ? trList(writeOnly)
                             : trList(permissions.contains(read) ? readOnly : all));
            break;
        case Qt::Unchecked:
            break;
        }
    };
    subject(ScopeSubject::Modules, QT_TRANSLATE_NOOP("TokenList", "Modules"),
            Permission::ModulesWrite, Permission::ModulesRead,
            QT_TRANSLATE_NOOP("TokenList", "Modules: write"),
            QT_TRANSLATE_NOOP("TokenList", "Modules: read"));
    subject(ScopeSubject::Circles, QT_TRANSLATE_NOOP("TokenList", "Circles"),
            Permission::CirclesWrite, Permission::CirclesRead,
            QT_TRANSLATE_NOOP("TokenList", "Circles: write"),
            QT_TRANSLATE_NOOP("TokenList", "Circles: read"));
    if (permissions.contains(Permission::DeployWrite))
        parts.append(trList(QT_TRANSLATE_NOOP("TokenList", "Deploy")));
    if (permissions.contains(Permission::MaintenanceWrite))
        parts.append(trList(QT_TRANSLATE_NOOP("TokenList", "Maintenance")));
    parts.append(permissions.unknownNames());
    if (parts.isEmpty())
        return trList(QT_TRANSLATE_NOOP("TokenList", "No scopes"));
    return parts.join(QStringLiteral(", "));
}

QString workspacesShortText(const SystemToken &token)
{
    if (token.allWorkspaces)
        return trList(QT_TRANSLATE_NOOP("TokenList", "All workspaces"));
    return trList(QT_TRANSLATE_N_NOOP("TokenList", "%n workspace(s)"), nullptr,
                  int(token.workspaces.size()));
}

QString lastUsedShortText(const SystemToken &token)
{
    if (!token.lastUsedAt.isValid())
        return trList(QT_TRANSLATE_NOOP("TokenList", "Never used"));
    return trList(QT_TRANSLATE_NOOP("TokenList", "Last used %1"))
        .arg(QLocale().toString(token.lastUsedAt.toLocalTime().date(), QLocale::ShortFormat));
}

TokenListModel::TokenListModel(CharlesApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TokenListModel::applySearchNow);
}

TokenListModel::~TokenListModel()
{
    if (m_call)
        m_call->abort();
}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SystemToken &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return token.name;
    case Qt::ToolTipRole:
    case DetailLineRole:
    case Qt::AccessibleDescriptionRole:
        return QStringList {scopesShortText(token.permissions), workspacesShortText(token),
                            lastUsedShortText(token)}
            .join(QStringLiteral(" · "));
    case IdRole:
        return token.id;
    case TokenRole:
        return QVariant::fromValue(token);
    case ScopesTextRole:
        return scopesShortText(token.permissions);
    case WorkspacesTextRole:
        return workspacesShortText(token);
    case LastUsedTextRole:
        return lastUsedShortText(token);
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "tokenId");
    names.insert(TokenRole, "token");
    names.insert(ScopesTextRole, "scopesText");
    names.insert(WorkspacesTextRole, "workspacesText");
    names.insert(LastUsedTextRole, "lastUsedText");
    names.insert(DetailLineRole, "detailLine");
    return names;
}

bool TokenListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    // A failed page waits for Retry; it is not asked for again on every scroll.
    return !m_exhausted && !isLoading() && m_state != State::Error;
}

void TokenListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Paging is by offset: each row removed here (revoked) shifts the server's next page
    // back by one, so ask for the previous page again; the id check drops the overlap.
    if (m_removedSinceFetch > 0 && m_nextPage > 0) {
        m_removedSinceFetch = 0;
        requestPage(m_nextPage - 1);
        return;
    }
    requestPage(m_nextPage);
}

void TokenListModel::setSearchText(const QString &text)
{
    if (text == m_pendingSearch)
        return;
    m_pendingSearch = text;
    if (m_pendingSearch.trimmed() == m_search && m_started) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

void TokenListModel::applySearchNow()
{
    m_debounce.stop();
    const QString search = m_pendingSearch.trimmed();
    if (search == m_search && m_started)
        return;
    m_search = search;
    startQuery();
}

void TokenListModel::setSort(TokenSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_started)
        startQuery();
}

void TokenListModel::reload()
{
    m_debounce.stop();
    m_search = m_pendingSearch.trimmed();
    startQuery();
}

void TokenListModel::retry()
{
    if (m_state != State::Error)
        return;
    if (m_tokens.isEmpty()) {
        reload();
        return;
    }
    m_error = ApiError();
    setState(State::Loaded);
    fetchMore({});
}

void TokenListModel::clear()
{
    m_debounce.stop();
    ++m_generation;
    if (m_call)
        m_call->abort();
    beginResetModel();
    m_tokens = {}; // clear() would keep the capacity of a long list
    m_rowById.clear();
    endResetModel();
    m_started = false;
    m_exhausted = true;
    m_nextPage = 0;
    m_error = ApiError();
    setState(State::Idle);
}

void TokenListModel::startQuery()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
    beginResetModel();
    m_tokens = {}; // clear() would keep the capacity of a long list
    m_rowById.clear();
    endResetModel();
    m_started = true;
    m_exhausted = false;
    m_nextPage = 0;
    m_removedSinceFetch = 0;
    m_error = ApiError();
    requestPage(0);
}

void TokenListModel::requestPage(int page)
{
    TokenQuery query;
    query.name = m_search;
    query.page = page;
    query.size = m_pageSize;
    query.sort = m_sort;
    const quint64 generation = m_generation;
    m_call = m_api->listTokens(query, this, [this, generation, page](Result<TokenPage> result) {
        onPage(generation, page, std::move(result));
    });
    setState(State::Loading);
}

void TokenListModel::onPage(quint64 generation, int page, Result<TokenPage> result)
{
    // An answer to a query that was superseded never overwrites a newer one.
    if (generation != m_generation)
        return;
    m_call.clear();

    if (!result) {
        m_error = result.error();
        qCInfo(lcModel).noquote() << "token page" << page << "failed:" << m_error.logText();
        setState(State::Error);
        Q_EMIT errorOccurred(m_error);
        return;
    }

    const QList<SystemToken> &items = result.value().items;
    // Offset paging shifts when someone else creates or revokes tokens between two pages:
    // keep the first row of an id and skip repeats.
    QList<const SystemToken *> fresh;
    fresh.reserve(items.size());
    for (const SystemToken &token : items) {
        if (!m_rowById.contains(token.id))
            fresh.append(&token);
    }
    // gate computes `last` from all tokens, ignoring the name filter: a short page is the
    // only trustworthy end. Set before inserting: views ask canFetchMore() on rowsInserted.
    m_nextPage = page + 1;
    m_exhausted = items.size() < m_pageSize;
    if (!fresh.isEmpty()) {
        const int first = int(m_tokens.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const SystemToken *token : std::as_const(fresh)) {
            m_rowById.insert(token->id, int(m_tokens.size()));
            m_tokens.append(*token);
        }
        endInsertRows();
    }

    setState(m_tokens.isEmpty() ? State::Empty : State::Loaded);
    Q_EMIT pageLoaded(page, int(fresh.size()));
}

void TokenListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

const SystemToken *TokenListModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_tokens.size())
        return nullptr;
    return &m_tokens.at(row);
}

int TokenListModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

bool TokenListModel::matchesSearch(const QString &name) const
{
    if (m_search.isEmpty())
        return true;
    // gate runs UPPER(name) LIKE UPPER('%text%'): '%' and '_' are wildcards there.
    QString pattern;
    for (const QChar c : m_search) {
        if (c == QLatin1Char('%'))
            pattern += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            pattern += QLatin1Char('.');
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(pattern,
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption);
    return re.match(name).hasMatch();
}

int TokenListModel::insertPosition(const SystemToken &token) const
{
    const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                 [&](const SystemToken &t) { return before(token, t, m_sort); });
    return int(it - m_tokens.cbegin());
}

void TokenListModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_tokens.size(); ++row)
        m_rowById.insert(m_tokens.at(row).id, row);
}

void TokenListModel::insertToken(const SystemToken &token)
{
    if (m_rowById.contains(token.id)) {
        updateToken(token);
        return;
    }
    if (token.revoked || !matchesSearch(token.name))
        return;
    const int row = insertPosition(token);
    // A token that sorts after every loaded row belongs to a page not loaded yet, unless
    // the list is complete.
    if (row == m_tokens.size() && !m_exhausted)
        return;
    beginInsertRows({}, row, row);
    m_tokens.insert(row, token);
    rebuildIndex(row);
    endInsertRows();
    if (m_state == State::Empty || m_state == State::Idle)
        setState(State::Loaded);
}

void TokenListModel::updateToken(const SystemToken &token)
{
    const int row = rowOf(token.id);
    if (row < 0)
        return;
    if (token.revoked) {
        removeToken(token.id);
        return;
    }
    m_tokens[row] = token;
    Q_EMIT dataChanged(index(row), index(row));
}

void TokenListModel::removeToken(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tokens.removeAt(row);
    m_rowById.remove(id);
    rebuildIndex(row);
    endRemoveRows();
    ++m_removedSinceFetch;
    if (m_tokens.isEmpty() && m_exhausted)
        setState(State::Empty);
}

} // namespace charles
