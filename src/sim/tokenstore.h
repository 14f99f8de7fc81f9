#pragma once

#include "sim/systemtoken.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace charles::sim {

// gate's system_tokens table. Revoked rows stay (get still returns them);
// the list never shows them.
class TokenStore
{
public:
    enum class Sort { CreatedDesc, CreatedAsc, NameAsc, NameDesc, LastUsedDesc };

    // The order clauses the simulator understands (case and spacing are
    // free, as in SQL); anything else is the 500 a real database gives.
    static std::optional<Sort> parseSort(const QString &clause);

    void reserve(qsizetype count);
    // Keeps `token` as is; fills nameUpper. Returns the id.
    QString insert(SystemToken token);
    SystemToken *find(const QString &id);
    const SystemToken *find(const QString &id) const;
    SystemToken *findByValueHash(const QByteArray &hash);

    bool revoke(const QString &id, qint64 nowNsecs);
    int activeCount() const { return m_activeCount; }

    // One page of unrevoked tokens whose name matches the LIKE filter.
    QList<const SystemToken *> page(const QString &nameFilter, Sort sort, int page, int size) const;

    // Strictly increasing "now", so that creation order and created_at agree.
    qint64 nextNsecs();

private:
    const std::vector<const SystemToken *> &sorted(Sort sort) const;

    std::vector<SystemToken> m_tokens;
    QHash<QString, std::size_t> m_index;
    int m_activeCount = 0;
    qint64 m_lastNsecs = 0;
    // The unrevoked tokens in each order, sorted once and kept until something changes
    // (m_generation moves on every insert, revoke and mutable find), so that a page costs
    // the same at any offset, as an indexed table would, instead of a sort up to the offset.
    quint64 m_generation = 1;
    mutable std::array<std::vector<const SystemToken *>, 5> m_sorted;
    mutable std::array<quint64, 5> m_sortedGeneration {};
};

} // namespace charles::sim
