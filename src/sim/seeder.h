#pragma once

#include "sim/seedoptions.h"

#include <QRandomGenerator>

namespace charles::sim {

class TokenStore;
class WorkspaceStore;
struct Workspace;

// Fills a fresh installation with realistic, repeatable data: Portuguese
// and English workspace names (some accented, some INCOMPLETE), tokens
// named after the pipelines that use them, varied scopes (a few with the
// hypothesis_* names old servers carry), about 30% for all workspaces,
// about 40% never used, some revoked, created over the past two years.
class Seeder
{
public:
    explicit Seeder(const SeedOptions &options);

    void seed(WorkspaceStore *workspaces, TokenStore *tokens);

private:
    QString workspaceName(int index);
    QString tokenName(const QList<Workspace> &workspaces);
    QStringList permissions();
    qint64 between(qint64 from, qint64 to);
    bool chance(int percent);

    SeedOptions m_options;
    QRandomGenerator m_random;
    qint64 m_now = 0;
};

} // namespace charles::sim
