// Figure 6: requests per action. Create, revoke and regenerate through CharlesApi, the list's
// local corrections applied as the application applies them (insertToken, removeToken): one
// request each, and no list reload. Opening the creation wizard and walking to its
// workspaces page (and back and forth): one workspace page.
#include "app/createtokenwizard.h"
#include "benchsupport.h"
#include "core/pendingcall.h"
#include "core/tokenlistmodel.h"
#include "core/workspacemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>

#include <optional>

using charles::Result;
using charles::TokenListModel;

namespace {

const QString kAnyPath = QStringLiteral(".*");
const QString kWorkspacesPath = QStringLiteral("^/moove/v2/workspaces$");

struct ActionCount
{
    std::string action;
    int requests = -1;
    int listRequests = -1;
    bool succeeded = false;
};

std::vector<ActionCount> g_actions;
int g_wizardWorkspaceRequests = -1;
int g_wizardRequests = -1;
bool g_wizardLoaded = false;

template<typename T>
std::optional<Result<T>>
await(const std::function<charles::PendingCall *(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> outcome;
    bench::Loop loop;
    start([&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    loop.run(10000);
    return outcome;
}

ActionCount counted(bench::SimThread &sim, const std::string &action, bool succeeded)
{
    // Whatever an action sets off afterwards (a reload, a refetch) is given time to happen.
    bench::settle(300);
    ActionCount count;
    count.action = action;
    count.succeeded = succeeded;
    count.requests = sim.requestCount(QByteArray(), kAnyPath);
    count.listRequests = sim.requestCount("GET", QString::fromLatin1(bench::kListPath));
    sim.clearRequests();
    return count;
}

void BM_RequestsPerAction(benchmark::State &state)
{
    for (auto _ : state) {
        bench::SignedIn stack(state, charles::sim::SeedOptions {});
        if (!stack.ok())
            return;
        bench::SimThread &sim = stack.sim;
        charles::CharlesApi &api = *stack.client.api;
        TokenListModel model(&api);
        bench::Loop first;
        QObject::connect(&model, &TokenListModel::pageLoaded, &model, [&] { first.quit(); });
        model.reload();
        first.run(10000);
        bench::settle(100);
        sim.clearRequests();
        g_actions.clear();

        charles::TokenDraft draft;
        draft.name = QStringLiteral("bench-created");
        draft.permissions = charles::PermissionSet(charles::Permission::DeployWrite);
        draft.allWorkspaces = true;
        auto created = await<charles::CreatedToken>(
            [&](auto done) { return api.createToken(draft, &model, done); });
        QString createdId;
        if (created && *created) {
            createdId = created->value().token.id;
            model.insertToken(created->value().token);
        }
        g_actions.push_back(counted(sim, "create", created && *created));

        auto revoked = await<charles::Done>(
            [&](auto done) { return api.revokeToken(createdId, &model, done); });
        if (revoked && *revoked)
            model.removeToken(createdId);
        g_actions.push_back(counted(sim, "revoke", revoked && *revoked));

        const QString otherId = model.rowCount() > 0 ? model.tokenAt(0)->id : QString();
        auto regenerated = await<charles::SecretValue>(
            [&](auto done) { return api.regenerateToken(otherId, &model, done); });
        g_actions.push_back(counted(sim, "regenerate", regenerated && *regenerated));
    }
}
BENCHMARK(BM_RequestsPerAction)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WizardWorkspaceRequests(benchmark::State &state)
{
    for (auto _ : state) {
        bench::SignedIn stack(state, charles::sim::SeedOptions {});
        if (!stack.ok())
            return;
        bench::SimThread &sim = stack.sim;
        sim.clearRequests();
        charles::CreateTokenWizard wizard(stack.client.api.get());
        wizard.show();
        bench::settle(100);

        // Name, then on to the workspaces page, which loads its first page of workspaces.
        if (auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
            name->setText(QStringLiteral("bench-wizard"));
        charles::WorkspaceModel *workspaces = wizard.workspaceModel();
        bench::Loop loaded;
        QObject::connect(workspaces, &charles::WorkspaceModel::stateChanged, &wizard,
                         [&](charles::WorkspaceModel::State s) {
                             if (s != charles::WorkspaceModel::State::Loading)
                                 loaded.quit();
                         });
        wizard.next();
        g_wizardLoaded = wizard.currentId() == charles::CreateTokenWizard::WorkspacesPageId &&
            (workspaces->state() == charles::WorkspaceModel::State::Loaded || loaded.run(10000));
        // Back and forth: the page must not ask again.
        wizard.back();
        wizard.next();
        bench::settle(300);
        g_wizardWorkspaceRequests = sim.requestCount("GET", kWorkspacesPath);
        g_wizardRequests = sim.requestCount(QByteArray(), kAnyPath);
        wizard.reject();
    }
}
BENCHMARK(BM_WizardWorkspaceRequests)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void report()
{
    for (const ActionCount &c : g_actions) {
        const bool within = c.succeeded && c.requests == 1 && c.listRequests == 0;
        bench::printFigure(
            {"requests-" + c.action, "6. Requests to " + c.action + " a token",
             std::to_string(c.requests) + " request(s), " + std::to_string(c.listRequests) +
                 " list reload(s)" + (c.succeeded ? "" : " (the call failed)"),
             "1 request, 0 reloads", bench::verdictOf(within),
             "every request the simulator received for the CharlesApi call plus the model's "
             "local update (insertToken/removeToken), counted 300 ms after the answer"});
    }
    bench::printFigure(
        {"requests-wizard", "6. Workspace requests to open the creation wizard",
         std::to_string(g_wizardWorkspaceRequests) + " workspace page(s), " +
             std::to_string(g_wizardRequests) + " request(s) in all" +
             (g_wizardLoaded ? "" : " (workspaces never loaded)"),
         "1 workspace page",
         bench::verdictOf(g_wizardLoaded && g_wizardWorkspaceRequests == 1 &&
                          g_wizardRequests == 1),
         "charles::CreateTokenWizard shown, name typed, next() to the workspaces page until it "
         "loads, back() and next() again; GET /moove/v2/workspaces counted at the simulator"});
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("charles-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_actions"));

    bench::KeepingReporter reporter;
    if (!bench::runBenchmarks(argc, argv, {}, reporter))
        return 1;
    report();
    return 0;
}
