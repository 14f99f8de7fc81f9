#include "tokenstore.h"

#include "sim/likepattern.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charles::sim {

std::optional<TokenStore::Sort> TokenStore::parseSort(const QString &clause)
{
    const QString normalized = clause.simplified().toLower();
    if (normalized == u"created_at desc")
        return Sort::CreatedDesc;
    if (normalized == u"created_at asc")
        return Sort::CreatedAsc;
    if (normalized == u"name asc")
        return Sort::NameAsc;
    if (normalized == u"name desc")
        return Sort::NameDesc;
    if (normalized == u"last_used_at desc")
        return Sort::LastUsedDesc;
    return std::nullopt;
}

void TokenStore::reserve(qsizetype count)
{
    m_tokens.reserve(std::size_t(count));
    m_index.reserve(count);
}

QString TokenStore::insert(SystemToken token)
{
    token.nameUpper = LikePattern::upper(token.name);
    ++m_generation; // and push_back may move every row
    if (!token.revoked)
        ++m_activeCount;
    m_lastNsecs = std::max(m_lastNsecs, token.createdAt.nsecs);
    const QString id = token.id;
    m_index.insert(id, m_tokens.size());
    m_tokens.push_back(std::move(token));
    return id;
}

SystemToken *TokenStore::find(const QString &id)
{
    ++m_generation; // the caller may change the row (last use, revocation)
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_tokens[*it];
}

const SystemToken *TokenStore::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_tokens[*it];
}

SystemToken *TokenStore::findByValueHash(const QByteArray &hash)
{
    // A scan is fine: only requests that use a token's value come here.
    ++m_generation; // the caller changes the row (last use)
    for (SystemToken &token : m_tokens) {
        if (token.valueHash == hash)
            return &token;
    }
    return nullptr;
}

bool TokenStore::revoke(const QString &id, qint64 nowNsecs)
{
    SystemToken *token = find(id);
    if (!token || token->revoked)
        return false;
    ++m_generation;
    token->revoked = true;
    token->revokedAt = SimTimestamp {nowNsecs, 0};
    --m_activeCount;
    return true;
}

static bool createdBefore(const SystemToken *a, const SystemToken *b)
{
    if (a->createdAt.nsecs != b->createdAt.nsecs)
        return a->createdAt.nsecs < b->createdAt.nsecs;
    return a->id < b->id;
}

static bool nameBefore(const SystemToken *a, const SystemToken *b)
{
    if (a->nameUpper != b->nameUpper)
        return a->nameUpper < b->nameUpper;
    if (a->name != b->name)
        return a->name < b->name;
    return a->id < b->id;
}

// gate pastes the clause into PostgreSQL's ORDER BY, where NULL sorts above every value:
// with DESC, never-used tokens come first, before the most recently used one.
static bool usedMoreRecently(const SystemToken *a, const SystemToken *b)
{
    if (a->lastUsedAt.has_value() != b->lastUsedAt.has_value())
        return !a->lastUsedAt.has_value();
    if (a->lastUsedAt && a->lastUsedAt->nsecs != b->lastUsedAt->nsecs)
        return a->lastUsedAt->nsecs > b->lastUsedAt->nsecs;
    return createdBefore(b, a);
}

const std::vector<const SystemToken *> &TokenStore::sorted(Sort sort) const
{
    const auto slot = std::size_t(sort);
    std::vector<const SystemToken *> &rows = m_sorted[slot];
    if (m_sortedGeneration[slot] == m_generation)
        return rows;

    rows.clear();
    rows.reserve(std::size_t(m_activeCount));
    for (const SystemToken &token : m_tokens) {
        if (!token.revoked)
            rows.push_back(&token);
    }
    using Compare = bool (*)(const SystemToken *, const SystemToken *);
    Compare compare = nullptr;
    switch (sort) {
    case Sort::CreatedDesc:
        compare = [](const SystemToken *a, const SystemToken *b) {
            return createdBefore(b, a);
        };
        break;
    case Sort::CreatedAsc:
        compare = createdBefore;
        break;
    case Sort::NameAsc:
        compare = nameBefore;
        break;
    case Sort::NameDesc:
        compare = [](const SystemToken *a, const SystemToken *b) {
            return nameBefore(b, a);
        };
        break;
    case Sort::LastUsedDesc:
        compare = usedMoreRecently;
        break;
    }
    std::sort(rows.begin(), rows.end(), compare);
    m_sortedGeneration[slot] = m_generation;
    return rows;
}

QList<const SystemToken *> TokenStore::page(const QString &nameFilter, Sort sort, int page,
                                            int size) const
{
    const std::vector<const SystemToken *> &rows = sorted(sort);
    const LikePattern pattern(nameFilter);
    const qint64 offset = qint64(page) * size;
    QList<const SystemToken *> result;
    if (pattern.matchesAll()) {
        for (qint64 i = offset; i < qint64(rows.size()) && result.size() < size; ++i)
            result.append(rows[std::size_t(i)]);
        return result;
    }
    qint64 skipped = 0;
    for (const SystemToken *token : rows) {
        if (!pattern.matches(token->nameUpper))
            continue;
        if (skipped++ < offset)
            continue;
        result.append(token);
        if (result.size() == size)
            break;
    }
    return result;
}

qint64 TokenStore::nextNsecs()
{
    m_lastNsecs = std::max(SimTimestamp::currentNsecs(), m_lastNsecs + 1);
    return m_lastNsecs;
}

} // namespace charles::sim
