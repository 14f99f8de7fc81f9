#include "seeder.h"

#include "sim/simusers.h"
#include "sim/simutil.h"
#include "sim/tokenstore.h"
#include "sim/workspacestore.h"

#include <array>

using namespace Qt::StringLiterals;

namespace charles::sim {

static constexpr qint64 NsPerSec = 1'000'000'000;
static constexpr qint64 TwoYears = 2 * 365 * 24 * 3600 * NsPerSec;

Seeder::Seeder(const SeedOptions &options) : m_options(options), m_random(options.seed) { }

QString Seeder::workspaceName(int index)
{
    static const std::array names = {
        u"payments"_s,
        u"Cobrança"_s,
        u"Logística São Paulo"_s,
        u"checkout-web"_s,
        u"Antifraude"_s,
        u"catálogo"_s,
        u"Pix Integração"_s,
        u"mobile-app"_s,
        u"Recomendações"_s,
        u"data-platform"_s,
        u"Crédito Pessoal"_s,
        u"notificações"_s,
        u"search"_s,
        u"Marketplace"_s,
        u"identity"_s,
        u"Faturamento"_s,
        u"growth"_s,
        u"Seguros"_s,
        u"backoffice"_s,
        u"Atendimento ao Cliente"_s,
    };
    const auto size = int(names.size());
    const QString &base = names[std::size_t(index % size)];
    return index < size ? base : u"%1 %2"_s.arg(base).arg(index / size + 1);
}

QString Seeder::tokenName(const QList<Workspace> &workspaces)
{
    QString workspace = u"core"_s;
    if (!workspaces.isEmpty())
        workspace = workspaces.at(m_random.bounded(int(workspaces.size()))).name;
    const QString slug = workspace.toLower().replace(u' ', u'-');

    QString name;
    switch (m_random.bounded(16)) {
    case 0:
    case 1:
        name = u"pipeline-deploy-"_s + slug;
        break;
    case 2:
        name = u"github-actions-"_s + slug;
        break;
    case 3:
        name = u"jenkins nightly"_s;
        break;
    case 4:
        name = u"jenkins nightly "_s + workspace;
        break;
    case 5:
        name = u"gitlab-ci/"_s + slug;
        break;
    case 6:
        name = u"argo-cd sync"_s;
        break;
    case 7:
        name = u"terraform_"_s + slug;
        break;
    case 8:
        name = u"smoke tests (staging)"_s;
        break;
    case 9:
        name = u"canary 10% "_s + slug;
        break;
    case 10:
        name = u"integração contínua"_s;
        break;
    case 11:
        name = u"deploy automático — "_s + workspace;
        break;
    case 12:
        name = u"CI_LEGACY"_s;
        break;
    case 13:
        name = u"🚀 release train"_s;
        break;
    case 14:
        name = u"backup-noturno"_s;
        break;
    default:
        name = u"renovate-bot "_s + slug;
        break;
    }

    static const std::array suffixes = {u"-prod"_s, u"-staging"_s, u" v2"_s, u" (antigo)"_s};
    if (chance(30))
        name += suffixes[std::size_t(m_random.bounded(int(suffixes.size())))];
    while (util::codePointCount(name) > 64)
        name.chop(1);
    return name;
}

QStringList Seeder::permissions()
{
    static const std::array<QStringList, 9> sets = {
        QStringList {u"deploy_write"_s, u"modules_read"_s},
        QStringList {u"modules_write"_s, u"modules_read"_s},
        QStringList {u"modules_read"_s},
        QStringList {u"circles_write"_s, u"circles_read"_s},
        QStringList {u"circles_read"_s},
        QStringList {u"deploy_write"_s},
        QStringList {u"maintenance_write"_s},
        QStringList {u"deploy_write"_s, u"circles_write"_s, u"circles_read"_s, u"modules_read"_s},
        QStringList {u"modules_write"_s, u"modules_read"_s, u"circles_write"_s, u"circles_read"_s,
                     u"deploy_write"_s, u"maintenance_write"_s},
    };
    QStringList chosen = sets[std::size_t(m_random.bounded(int(sets.size())))];
    if (chance(6))
        chosen.append(chance(50) ? u"hypothesis_read"_s : u"hypothesis_write"_s);
    return chosen;
}

qint64 Seeder::between(qint64 from, qint64 to)
{
    if (to <= from)
        return from;
    return from + qint64(m_random.bounded(quint64(to - from)));
}

bool Seeder::chance(int percent)
{
    return m_random.bounded(100) < percent;
}

void Seeder::seed(WorkspaceStore *workspaces, TokenStore *tokens)
{
    m_now = SimTimestamp::currentNsecs();
    const std::array authors = {SimUsers::rootEmail(), SimUsers::slashEmail(),
                                SimUsers::plusEmail(), u"ana.souza@charles.example"_s};
    const auto pickAuthor = [&] {
        return authors[std::size_t(m_random.bounded(4))];
    };

    for (int i = 0; i < m_options.workspaces; ++i) {
        Workspace workspace;
        workspace.id = util::uuidFrom(m_random);
        workspace.name = workspaceName(i);
        workspace.complete = !chance(20);
        workspace.authorEmail = pickAuthor();
        workspaces->add(workspace);
    }

    const QList<Workspace> &allWorkspaces = workspaces->all();
    tokens->reserve(m_options.tokens);
    for (int i = 0; i < m_options.tokens; ++i) {
        SystemToken token;
        token.id = util::uuidFrom(m_random);
        token.name = tokenName(allWorkspaces);
        token.permissions = permissions();
        token.permissionsNull = chance(2);
        if (token.permissionsNull)
            token.permissions.clear();

        token.allWorkspaces = allWorkspaces.isEmpty() || chance(30);
        if (token.allWorkspaces) {
            token.workspacesNull = !chance(10);
        } else {
            const int count = 1 + m_random.bounded(3);
            for (int w = 0; w < count; ++w) {
                const QString id = allWorkspaces.at(m_random.bounded(int(allWorkspaces.size()))).id;
                if (!token.workspaceIds.contains(id))
                    token.workspaceIds.append(id);
            }
        }

        // Go prints what PostgreSQL kept: mostly microseconds, sometimes
        // all nine digits, now and then a whole second or a local offset.
        qint64 created = m_now - between(NsPerSec, TwoYears);
        const int precision = m_random.bounded(100);
        if (precision < 15)
            created -= created % 1000;
        else if (precision < 18)
            created -= created % NsPerSec;
        token.createdAt = {created, chance(4) ? -180 : 0};

        if (chance(8))
            token.revokedAt = SimTimestamp {between(created, m_now), 0};
        token.revoked = token.revokedAt.has_value();
        if (!chance(40))
            token.lastUsedAt = SimTimestamp {between(created, m_now), chance(3) ? -180 : 0};

        token.author = pickAuthor();
        QByteArray hash(32, Qt::Uninitialized);
        for (char &byte : hash)
            byte = char(m_random.bounded(256));
        token.valueHash = hash;
        tokens->insert(std::move(token));
    }
}

} // namespace charles::sim
