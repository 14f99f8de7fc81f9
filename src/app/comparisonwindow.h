#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace charles {

namespace Ui {
class ComparisonWindow;
}

class CharlesApi;

// Several tokens side by side, one column each, as the web UI's comparison view: name,
// author, dates, workspaces and each scope. Rows whose values differ are marked, and can
// be shown alone. Each token is refreshed from the server when it joins.
class ComparisonWindow : public QWidget
{
    Q_OBJECT

public:
    enum Row {
        NameRow,
        AuthorRow,
        CreatedRow,
        LastUsedRow,
        WorkspacesRow,
        ModulesRow,
        CirclesRow,
        DeployRow,
        MaintenanceRow,
        OtherScopesRow,
        RowCount
    };

    explicit ComparisonWindow(CharlesApi *api, QWidget *parent = nullptr);
    ~ComparisonWindow() override;

    // Adds a column for `token` (or brings its column forward) and refreshes it.
    void addToken(const SystemToken &token);
    void removeToken(const QString &id);
    QStringList tokenIds() const;

    // The text shown for a row and a token's column.
    QString cellText(int row, int column) const;
    bool rowDiffers(int row) const;

Q_SIGNALS:
    // The server no longer has this token (revoked or gone).
    void tokenGone(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFilter();
    void onRefreshed(const QString &id, Result<SystemToken> result);
    static QString valueFor(const SystemToken &token, int row);
    static QString rowTitle(int row);

    std::unique_ptr<Ui::ComparisonWindow> m_ui;
    CharlesApi *m_api;
    QList<SystemToken> m_tokens;
};

} // namespace charles
