#pragma once

#include "permissionset.h"
#include "secretvalue.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace charles {

// A workspace as a token refers to it.
struct WorkspaceRef
{
    QString id;
    QString name;

    friend bool operator==(const WorkspaceRef &, const WorkspaceRef &) = default;
};

// A system token's metadata, as gate's get and list return it. The value itself is never
// part of it: it travels apart, as a SecretValue, the one time the server sends it.
struct SystemToken
{
    QString id;
    QString name;
    PermissionSet permissions;
    QList<WorkspaceRef> workspaces;
    bool allWorkspaces = false;
    bool revoked = false;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid when not revoked
    QDateTime lastUsedAt; // invalid when never used
    QString author; // the creator's e-mail

    friend bool operator==(const SystemToken &, const SystemToken &) = default;
};

// What a create answers: the token, and its value, shown once.
struct CreatedToken
{
    SystemToken token;
    SecretValue value;
};

// A workspace as moove lists it.
struct Workspace
{
    QString id;
    QString name;
    bool complete = true; // status COMPLETE or INCOMPLETE; both may be chosen for a token

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

// The signed-in user, from moove.
struct UserProfile
{
    QString id;
    QString name;
    QString email;
    bool isRoot = false;
};

// One page of a paged list, as decoded. `size` is what the server said (gate sends the item
// count); callers go by items.size() against the size they asked for.
template<typename T>
struct Page
{
    QList<T> items;
    int page = 0;
    int size = 0;
    bool last = true;
    int totalPages = 0;
};

using TokenPage = Page<SystemToken>;
using WorkspacePage = Page<Workspace>;

// The orders gate accepts from this client; never user text.
enum class TokenSort { CreatedNewest, CreatedOldest, NameAscending, NameDescending, LastUsed };
QByteArray sortClause(TokenSort sort);

struct TokenQuery
{
    QString name;
    int page = 0;
    int size = 20;
    TokenSort sort = TokenSort::CreatedNewest;
};

struct WorkspaceQuery
{
    QString name;
    int page = 0;
    int size = 50; // moove refuses more than 50
};

// What the creation wizard submits.
struct TokenDraft
{
    QString name;
    PermissionSet permissions;
    QStringList workspaceIds; // ignored when allWorkspaces
    bool allWorkspaces = false;

    // The body gate expects: all four keys, workspaces [] with allWorkspaces, no duplicates,
    // known permission names only.
    QByteArray toJson() const;
};

// Names are limited by the database column, in Unicode characters (code points): not
// bytes, not UTF-16 units.
constexpr int kMaxTokenNameLength = 64;
int nameLength(const QString &name);

} // namespace charles

Q_DECLARE_METATYPE(charles::SystemToken)
Q_DECLARE_METATYPE(charles::Workspace)
