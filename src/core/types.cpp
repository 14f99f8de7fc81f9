#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace charles {

QByteArray sortClause(TokenSort sort)
{
    switch (sort) {
    case TokenSort::CreatedNewest:
        return QByteArrayLiteral("created_at desc");
    case TokenSort::CreatedOldest:
        return QByteArrayLiteral("created_at asc");
    case TokenSort::NameAscending:
        return QByteArrayLiteral("name asc");
    case TokenSort::NameDescending:
        return QByteArrayLiteral("name desc");
    case TokenSort::LastUsed:
        return QByteArrayLiteral("last_used_at desc");
    }
    return QByteArrayLiteral("created_at desc");
}

QByteArray TokenDraft::toJson() const
{
    QJsonArray workspaces;
    if (!allWorkspaces) {
        QStringList unique;
        for (const QString &id : workspaceIds) {
            if (!unique.contains(id))
                unique.append(id);
        }
        for (const QString &id : std::as_const(unique))
            workspaces.append(id);
    }

    QJsonObject body;
    body.insert(QLatin1String("name"), name);
    body.insert(QLatin1String("permissions"), QJsonArray::fromStringList(permissions.knownNames()));
    body.insert(QLatin1String("workspaces"), workspaces);
    body.insert(QLatin1String("allWorkspaces"), allWorkspaces);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

int nameLength(const QString &name)
{
    // QString::toUcs4 would allocate; counting code points by hand does not.
    int count = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace charles
