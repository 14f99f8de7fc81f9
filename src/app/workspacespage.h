#pragma once

#include "core/types.h"

#include <QWizardPage>

#include <memory>

namespace charles {

namespace Ui {
class WorkspacesPage;
}

class WorkspaceModel;

// The wizard's second page: all workspaces (including new ones), or only the ones the admin
// checks in a searchable, paged list. The checked set lives in the model, by id, so it
// survives searching and paging. The list is loaded the first time the page shows.
class WorkspacesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WorkspacesPage(WorkspaceModel *model, QWidget *parent = nullptr);
    ~WorkspacesPage() override;

    WorkspaceModel *model() const { return m_model; }

    // Whether the admin chose either option yet.
    bool hasChoice() const;
    bool allWorkspaces() const;
    void setAllWorkspaces(bool all);
    QList<WorkspaceRef> selection() const;

    // A message from the server about the workspaces; it stays until the choice changes.
    void setServerMessage(const QString &message);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onChoiceChanged();
    void onSelectionChanged();
    void updateListState();
    void updateSelectionText();
    void updateMessage();

    std::unique_ptr<Ui::WorkspacesPage> m_ui;
    WorkspaceModel *m_model;
    QString m_serverMessage;
    bool m_loaded = false;
};

} // namespace charles
