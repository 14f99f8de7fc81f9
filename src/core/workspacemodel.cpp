#include "workspacemodel.h"

#include "charlesapi.h"
#include "logging.h"
#include "pendingcall.h"

namespace charles {

namespace {
constexpr int kWorkspacePageSize = 50; // moove refuses more
}

WorkspaceModel::WorkspaceModel(CharlesApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QString search = m_pendingSearch.trimmed();
        if (search == m_search && m_state != State::Idle && m_state != State::Error)
            return;
        m_search = search;
        reload();
    });
}

WorkspaceModel::~WorkspaceModel()
{
    if (m_call)
        m_call->abort();
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workspace &workspace = m_workspaces.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return workspace.name;
    case Qt::CheckStateRole:
        return isSelected(workspace.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return workspace.id;
    case CompleteRole:
        return workspace.complete;
    default:
        return {};
    }
}

bool WorkspaceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Workspace &workspace = m_workspaces.at(index.row());
    setSelected({workspace.id, workspace.name}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
        Qt::ItemNeverHasChildren;
}

bool WorkspaceModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_call.isNull() && m_state != State::Error;
}

void WorkspaceModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}

void WorkspaceModel::setSearchText(const QString &text)
{
    if (text == m_pendingSearch)
        return;
    m_pendingSearch = text;
    m_debounce.start();
}

void WorkspaceModel::reload()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
    beginResetModel();
    m_workspaces.clear();
    endResetModel();
    m_exhausted = false;
    m_nextPage = 0;
    m_error = ApiError();
    requestPage(0);
}

void WorkspaceModel::requestPage(int page)
{
    WorkspaceQuery query;
    query.name = m_search;
    query.page = page;
    query.size = kWorkspacePageSize;
    const quint64 generation = m_generation;
    m_call = m_api->listWorkspaces(query, this, [this, generation, page](Result<WorkspacePage> r) {
        if (generation != m_generation)
            return;
        m_call.clear();
        if (!r) {
            m_error = r.error();
            qCInfo(lcModel).noquote() << "workspace page" << page << "failed:" << m_error.logText();
            setState(State::Error);
            return;
        }
        QList<Workspace> fresh;
        for (const Workspace &w : r.value().items) {
            const bool known = std::any_of(m_workspaces.cbegin(), m_workspaces.cend(),
                                           [&](const Workspace &x) { return x.id == w.id; }) ||
                std::any_of(fresh.cbegin(), fresh.cend(),
                            [&](const Workspace &x) { return x.id == w.id; });
            if (!known)
                fresh.append(w);
        }
        // Paging state first: views and testers may ask canFetchMore() on rowsInserted.
        m_nextPage = page + 1;
        m_exhausted = r.value().items.size() < kWorkspacePageSize || r.value().last;
        if (!fresh.isEmpty()) {
            const int first = int(m_workspaces.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_workspaces.append(fresh);
            endInsertRows();
        }
        setState(m_workspaces.isEmpty() ? State::Empty : State::Loaded);
    });
    setState(State::Loading);
}

void WorkspaceModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QStringList WorkspaceModel::selectedIds() const
{
    QStringList ids;
    ids.reserve(m_selection.size());
    for (const WorkspaceRef &ref : m_selection)
        ids.append(ref.id);
    return ids;
}

bool WorkspaceModel::isSelected(const QString &id) const
{
    return std::any_of(m_selection.cbegin(), m_selection.cend(),
                       [&](const WorkspaceRef &ref) { return ref.id == id; });
}

void WorkspaceModel::setSelected(const WorkspaceRef &workspace, bool selected)
{
    if (selected == isSelected(workspace.id))
        return;
    if (selected) {
        m_selection.append(workspace);
    } else {
        m_selection.erase(
            std::remove_if(m_selection.begin(), m_selection.end(),
                           [&](const WorkspaceRef &ref) { return ref.id == workspace.id; }),
            m_selection.end());
    }
    for (int row = 0; row < m_workspaces.size(); ++row) {
        if (m_workspaces.at(row).id == workspace.id)
            Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
    }
    Q_EMIT selectionChanged();
}

void WorkspaceModel::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    if (!m_workspaces.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_workspaces.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
}

} // namespace charles
