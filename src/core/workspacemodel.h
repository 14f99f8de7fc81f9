#pragma once

#include "apierror.h"
#include "types.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace charles {

class CharlesApi;
class PendingCall;

// The workspaces a token may reach, as a checkable, searchable list loaded 50 at a time
// (moove refuses more). The checked set is kept by id across searches and pages.
class WorkspaceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CompleteRole };
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)

    explicit WorkspaceModel(CharlesApi *api, QObject *parent = nullptr);
    ~WorkspaceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_pendingSearch; }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void reload();

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }

    // The checked workspaces, in the order they were checked.
    QList<WorkspaceRef> selection() const { return m_selection; }
    QStringList selectedIds() const;
    bool isSelected(const QString &id) const;
    void setSelected(const WorkspaceRef &workspace, bool selected);
    void clearSelection();

Q_SIGNALS:
    void selectionChanged();
    void stateChanged(charles::WorkspaceModel::State state);

private:
    void requestPage(int page);
    void setState(State state);

    CharlesApi *m_api;
    QList<Workspace> m_workspaces;
    QList<WorkspaceRef> m_selection;
    QString m_search;
    QString m_pendingSearch;
    int m_nextPage = 0;
    bool m_exhausted = true;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    ApiError m_error;
    QTimer m_debounce;
    QPointer<PendingCall> m_call;
};

} // namespace charles
