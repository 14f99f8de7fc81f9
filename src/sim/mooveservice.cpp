#include "mooveservice.h"

#include "sim/simusers.h"
#include "sim/userdirectory.h"
#include "sim/workspacestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace charles::sim {

static constexpr int DefaultPageSize = 20;
static constexpr int MaxPageSize = 50;

MooveService::MooveService(WorkspaceStore *workspaces, UserDirectory *users)
    : m_workspaces(workspaces), m_users(users)
{
}

static SimReply springNotFound(const QString &path)
{
    return SimReply::json(
        404,
        {
            {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"status"_s, 404},
            {u"error"_s, u"Not Found"_s},
            {u"message"_s, QString()},
            {u"path"_s, path.mid(6)}, // moove sees it without /moove
        });
}

SimReply MooveService::handle(const SimRequest &request, const QString &callerEmail)
{
    static const QString usersPrefix = u"/moove/v2/users/"_s;
    if (request.path == u"/moove/v2/workspaces") {
        if (request.method != "GET")
            return SimReply::empty(405);
        return workspaces(request, callerEmail);
    }
    if (request.encodedPath.startsWith(usersPrefix) &&
        request.encodedPath.size() > usersPrefix.size()) {
        if (request.method != "GET")
            return SimReply::empty(405);
        return user(request.encodedPath.mid(usersPrefix.size()));
    }
    return springNotFound(request.path);
}

QStringList MooveService::memberWorkspaceIds(const SimUser &user) const
{
    // The plain developer belongs to the first three workspaces, the other
    // non-root users to every second one: enough to tell them apart.
    QStringList ids;
    const QList<Workspace> &all = m_workspaces->all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (user.email == SimUsers::plainEmail() ? i < 3 : i % 2 == 0)
            ids.append(all.at(i).id);
    }
    return ids;
}

static QJsonObject workspaceJson(const Workspace &workspace)
{
    QJsonValue configuration = QJsonValue::Null;
    if (workspace.complete) {
        configuration =
            QJsonObject {{u"id"_s, workspace.id.left(8) + u"-cfg"_s}, {u"name"_s, u"default"_s}};
    }
    return {
        {u"id"_s, workspace.id},
        {u"name"_s, workspace.name},
        {u"status"_s, workspace.complete ? u"COMPLETE"_s : u"INCOMPLETE"_s},
        {u"permissions"_s, QJsonArray()},
        {u"author"_s, QJsonObject {{u"email"_s, workspace.authorEmail}}},
        {u"deploymentConfiguration"_s, configuration},
    };
}

SimReply MooveService::workspaces(const SimRequest &request, const QString &callerEmail) const
{
    bool ok = false;
    int size = DefaultPageSize;
    if (request.hasQuery(u"size"_s)) {
        size = request.queryValue(u"size"_s).toInt(&ok);
        if (!ok || size < 1) {
            return SimReply::json(
                400, {{u"code"_s, u"INVALID_PAYLOAD"_s}, {u"message"_s, u"Invalid size."_s}});
        }
    }
    if (size > MaxPageSize) {
        const QJsonObject fields {
            {u"size"_s, QJsonArray {u"Size must be less than or equal to 50."_s}}};
        return SimReply::json(400, {{u"code"_s, u"INVALID_PAYLOAD"_s}, {u"fields"_s, fields}});
    }
    int page = 0;
    if (request.hasQuery(u"page"_s)) {
        page = request.queryValue(u"page"_s).toInt(&ok);
        if (!ok || page < 0) {
            return SimReply::json(
                400, {{u"code"_s, u"INVALID_PAYLOAD"_s}, {u"message"_s, u"Invalid page."_s}});
        }
    }

    const SimUser *caller = m_users->findCharlesUser(callerEmail);
    const bool root = !caller || caller->isRoot;
    const QStringList member = root ? QStringList() : memberWorkspaceIds(*caller);
    const QString name = request.queryValue(u"name"_s);

    QList<const Workspace *> matching;
    for (const Workspace &workspace : m_workspaces->all()) {
        if (!root && !member.contains(workspace.id))
            continue;
        if (workspace.name.contains(name, Qt::CaseInsensitive))
            matching.append(&workspace);
    }

    QJsonArray content;
    const qsizetype offset = qsizetype(page) * size;
    for (qsizetype i = offset; i < matching.size() && i < offset + size; ++i)
        content.append(workspaceJson(*matching.at(i)));
    const int totalPages = int((matching.size() + size - 1) / size);
    return SimReply::json(200,
                          {
                              {u"content"_s, content},
                              {u"page"_s, page},
                              {u"size"_s, size},
                              {u"last"_s, page + 1 >= totalPages},
                              {u"totalPages"_s, totalPages},
                          });
}

SimReply MooveService::user(const QString &encodedSegment) const
{
    // The segment is standard base64 with padding; clients may send it as
    // is or percent-encode '/', '+' and '='.
    const QByteArray base64 = QByteArray::fromPercentEncoding(encodedSegment.toUtf8());
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        base64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    const SimUser *user =
        decoded ? m_users->findCharlesUser(QString::fromUtf8(decoded.decoded)) : nullptr;
    if (!user) {
        return SimReply::json(
            404, {{u"resource"_s, u"user"_s}, {u"value"_s, QString::fromUtf8(base64)}});
    }

    QJsonArray workspaces;
    const QStringList ids = user->isRoot ? QStringList() : memberWorkspaceIds(*user);
    for (const QString &id : ids) {
        if (const Workspace *workspace = m_workspaces->find(id)) {
            workspaces.append(QJsonObject {{u"id"_s, workspace->id},
                                           {u"name"_s, workspace->name},
                                           {u"permissions"_s, QJsonArray()}});
        }
    }
    return SimReply::json(200,
                          {
                              {u"id"_s, user->id},
                              {u"name"_s, user->name},
                              {u"email"_s, user->email},
                              {u"photoUrl"_s, QJsonValue::Null},
                              {u"createdAt"_s, user->createdAt},
                              {u"workspaces"_s, workspaces},
                              {u"userGroups"_s, QJsonArray()},
                              {u"isRoot"_s, user->isRoot},
                          });
}

} // namespace charles::sim
