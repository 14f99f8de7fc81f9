#pragma once

#include "core/types.h"

#include <QWizardPage>

#include <memory>

namespace charles {

namespace Ui {
class ReviewPage;
}

// The wizard's last page: a summary of the draft, the busy indicator while the token is
// being generated, and the message when that failed. Its Finish button reads
// "Generate token"; the wizard sends the request, the page only shows.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // `workspaces` carries the names of the chosen workspaces, in the draft's order.
    void showDraft(const TokenDraft &draft, const QList<WorkspaceRef> &workspaces);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setMessage(const QString &message);
    QString message() const { return m_message; }

    bool isComplete() const override;

    // The scopes as the summary lists them, e.g. "Modules — All permissions", "Deploy".
    static QStringList scopeLines(const PermissionSet &permissions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    std::unique_ptr<Ui::ReviewPage> m_ui;
    TokenDraft m_draft;
    QList<WorkspaceRef> m_workspaces;
    QString m_message;
    bool m_busy = false;
};

} // namespace charles
