#include "gateservice.h"

#include "sim/simusers.h"
#include "sim/simutil.h"
#include "sim/tokenstore.h"
#include "sim/userdirectory.h"
#include "sim/workspacestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charles::sim {

static constexpr int DefaultPageSize = 20;
static constexpr int MaxNameLength = 64; // the column is varchar(64)

GateService::GateService(TokenStore *tokens, WorkspaceStore *workspaces, UserDirectory *users)
    : m_tokens(tokens), m_workspaces(workspaces), m_users(users)
{
}

QStringList GateService::knownPermissions()
{
    return {u"modules_write"_s, u"modules_read"_s, u"circles_write"_s,
            u"circles_read"_s,  u"deploy_write"_s, u"maintenance_write"_s};
}

SimReply GateService::error(int status, const QString &message, const QString &detail,
                            const QString &type)
{
    const QString timestamp = QString::number(QDateTime::currentSecsSinceEpoch());
    return SimReply::json(status,
                          {
                              {u"id"_s, util::randomUuid()},
                              {u"message"_s, message},
                              {u"detail"_s, detail},
                              {u"type"_s, type},
                              {u"timestamp"_s, timestamp},
                          });
}

static SimReply parseIdError(const QString &detail)
{
    return GateService::error(400, u"Parse id failed"_s, detail, u"ParseError"_s);
}

static SimReply tokenNotFound()
{
    return GateService::error(404, u"Token not found"_s, u"record not found"_s, u"NotFoundError"_s);
}

// Echo's answers for routes it does not know.
static SimReply echoError(int status, const QString &message)
{
    return SimReply::json(status, {{u"message"_s, message}});
}

SimReply GateService::handle(const SimRequest &request, const QString &callerEmail)
{
    static const QRegularExpression route(
        u"^/gate/api/v1/system-token(?:/([^/]+)(?:/(revoke|regenerate))?)?$"_s);
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return echoError(404, u"Not Found"_s);

    const QString rawId = match.captured(1);
    const QString action = match.captured(2);
    const QByteArray &method = request.method;
    const auto notAllowed = [] {
        return echoError(405, u"Method Not Allowed"_s);
    };

    if (rawId.isEmpty()) {
        if (method == "GET")
            return list(request);
        if (method == "POST")
            return create(request, callerEmail);
        return notAllowed();
    }

    const bool methodFits = (action.isEmpty() && method == "GET") ||
        (action == u"revoke" && method == "POST") || (action == u"regenerate" && method == "PUT");
    if (!methodFits)
        return notAllowed();

    QString id;
    QString parseError;
    if (!util::parseUuid(rawId, &id, &parseError))
        return parseIdError(parseError);
    if (action == u"revoke")
        return revoke(id);
    if (action == u"regenerate")
        return regenerate(id);
    return get(id);
}

QJsonObject GateService::tokenJson(const SystemToken &token) const
{
    QJsonValue permissions = QJsonValue::Null;
    if (!token.permissionsNull)
        permissions = QJsonArray::fromStringList(token.permissions);

    QJsonValue workspaces = QJsonValue::Null;
    if (!token.workspacesNull) {
        QJsonArray array;
        for (const QString &id : token.workspaceIds) {
            if (const Workspace *workspace = m_workspaces->find(id))
                array.append(QJsonObject {{u"id"_s, workspace->id}, {u"name"_s, workspace->name}});
        }
        workspaces = array;
    }

    const auto timestamp = [](const std::optional<SimTimestamp> &value) {
        return value ? QJsonValue(value->toRfc3339()) : QJsonValue(QJsonValue::Null);
    };

    return {
        {u"id"_s, token.id},
        {u"name"_s, token.name},
        {u"permissions"_s, permissions},
        {u"workspaces"_s, workspaces},
        {u"allWorkspaces"_s, token.allWorkspaces},
        {u"revoked"_s, token.revoked},
        {u"created_at"_s, token.createdAt.toRfc3339()},
        {u"revoked_at"_s, timestamp(token.revokedAt)},
        {u"last_used_at"_s, timestamp(token.lastUsedAt)},
        {u"author"_s, token.author},
        // Not in the contract: clients must ignore fields they do not know.
        {u"expiration"_s, QJsonValue::Null},
    };
}

static int intParameter(const SimRequest &request, const QString &key)
{
    // Go's strconv.Atoi with its error ignored: anything unreadable is 0.
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    return ok ? value : 0;
}

SimReply GateService::list(const SimRequest &request) const
{
    const int page = std::max(0, intParameter(request, u"page"_s));
    int size = intParameter(request, u"size"_s);
    if (size <= 0)
        size = DefaultPageSize;
    QString sortClause = request.queryValue(u"sort"_s);
    if (sortClause.isEmpty())
        sortClause = u"created_at desc"_s;

    const std::optional<TokenStore::Sort> sort = TokenStore::parseSort(sortClause);
    if (!sort) {
        // gate pastes the clause into SQL; PostgreSQL refuses what it cannot read.
        const QString detail = u"ERROR: column \"%1\" does not exist (SQLSTATE 42703)"_s.arg(
            sortClause.simplified().section(u' ', 0, 0));
        return error(500, u"Find all tokens failed"_s, detail, u"InternalError"_s);
    }

    const QList<const SystemToken *> rows =
        m_tokens->page(request.queryValue(u"name"_s), *sort, page, size);

    // Quirks kept on purpose: `size` is the number of rows, the totals come
    // from every unrevoked token whatever the filter, an empty page is null.
    const int total = m_tokens->activeCount();
    const int totalPages = total == 0 ? 1 : (total + size - 1) / size;
    QJsonValue content = QJsonValue::Null;
    if (!rows.isEmpty()) {
        QJsonArray array;
        for (const SystemToken *token : rows)
            array.append(tokenJson(*token));
        content = array;
    }
    return SimReply::json(200,
                          {
                              {u"content"_s, content},
                              {u"page"_s, page},
                              {u"size"_s, int(rows.size())},
                              {u"last"_s, page + 1 >= totalPages},
                              {u"totalPages"_s, totalPages},
                          });
}

SimReply GateService::get(const QString &id) const
{
    const SystemToken *token = m_tokens->find(id);
    if (!token)
        return tokenNotFound();
    return SimReply::json(200, tokenJson(*token));
}

namespace {

// The create body after Echo's binding: what was there and with which type.
struct CreateInput
{
    QString name;
    QStringList permissions;
    QStringList workspaces;
    bool allWorkspaces = false;
    bool hasName = false;
    bool hasPermissions = false;
    bool hasWorkspaces = false;
};

bool readStringArray(const QJsonValue &value, QStringList *out, bool *present)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    *present = true;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        if (!out->contains(item.toString())) // gate drops duplicates
            out->append(item.toString());
    }
    return true;
}

// Returns an empty string when the body binds, else the binder's complaint.
QString bindCreateInput(const SimRequest &request, CreateInput *input)
{
    if (request.body.trimmed().isEmpty())
        return {};
    const QByteArray type = request.header("content-type").trimmed().toLower();
    if (!type.startsWith("application/json"))
        return u"code=415, message=Unsupported Media Type"_s;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"code=400, message=Syntax error: offset=%1, error=%2"_s.arg(parseError.offset)
            .arg(parseError.errorString());
    if (!document.isObject())
        return u"code=400, message=Unmarshal type error: expected=SystemTokenRequest"_s;

    const QJsonObject body = document.object();
    const QJsonValue name = body.value(u"name"_s);
    if (name.isString()) {
        input->name = name.toString();
        input->hasName = !input->name.isEmpty();
    } else if (!name.isUndefined() && !name.isNull()) {
        return u"code=400, message=Unmarshal type error: field=name"_s;
    }
    if (!readStringArray(body.value(u"permissions"_s), &input->permissions,
                         &input->hasPermissions)) {
        return u"code=400, message=Unmarshal type error: field=permissions"_s;
    }
    if (!readStringArray(body.value(u"workspaces"_s), &input->workspaces, &input->hasWorkspaces)) {
        return u"code=400, message=Unmarshal type error: field=workspaces"_s;
    }
    const QJsonValue all = body.value(u"allWorkspaces"_s);
    if (all.isBool())
        input->allWorkspaces = all.toBool();
    else if (!all.isUndefined() && !all.isNull())
        return u"code=400, message=Unmarshal type error: field=allWorkspaces"_s;
    return {};
}

} // namespace

SimReply GateService::create(const SimRequest &request, const QString &callerEmail)
{
    CreateInput input;
    const QString bindError = bindCreateInput(request, &input);
    if (!bindError.isEmpty())
        return error(400, u"Cant parse body"_s, bindError, u"ParseError"_s);

    QStringList missing;
    if (!input.hasName)
        missing << u"Name"_s;
    if (!input.hasPermissions)
        missing << u"Permissions"_s;
    if (!input.hasWorkspaces)
        missing << u"Workspaces"_s;
    if (!missing.isEmpty()) {
        QStringList details;
        for (const QString &field : std::as_const(missing)) {
            details << u"Key: 'SystemTokenRequest.%1' Error:Field validation for '%1' failed "
                       u"on the 'required' tag"_s.arg(field);
        }
        return error(400, u"Invalid Inputs"_s, details.join(u'\n'), QString());
    }

    if (!m_users->findCharlesUser(callerEmail))
        return error(422, u"User not found"_s, u"user not found"_s, u"BusinessError"_s);
    if (!input.allWorkspaces && input.workspaces.isEmpty()) {
        return error(400, u"Workspaces is required when allWorkspaces is false"_s,
                     u"workspaces is required when allWorkspaces is false"_s,
                     u"IllegalParamError"_s);
    }
    if (input.permissions.isEmpty()) {
        return error(400, u"'Permissions' is required"_s, u"'Permissions' is required"_s,
                     u"IllegalParamError"_s);
    }
    const QStringList known = knownPermissions();
    for (const QString &permission : std::as_const(input.permissions)) {
        if (!known.contains(permission)) {
            return error(400, u"invalid permissions"_s, u"invalid permissions"_s,
                         u"IllegalParamError"_s);
        }
    }
    for (const QString &id : std::as_const(input.workspaces)) {
        if (!m_workspaces->find(id)) {
            return error(400, u"Workspaces were not found"_s, u"workspaces were not found"_s,
                         u"IllegalParamError"_s);
        }
    }
    if (util::codePointCount(input.name) > MaxNameLength) {
        return error(500, u"Save system token failed"_s,
                     u"ERROR: value too long for type character varying(64) (SQLSTATE 22001)"_s,
                     u"InternalError"_s);
    }

    const QByteArray value = util::randomHex(16);
    SystemToken token;
    token.id = util::randomUuid();
    token.name = input.name;
    token.permissions = input.permissions;
    token.allWorkspaces = input.allWorkspaces;
    token.workspacesNull = input.allWorkspaces;
    if (!input.allWorkspaces)
        token.workspaceIds = input.workspaces;
    token.createdAt = {m_tokens->nextNsecs(), 0};
    token.author = callerEmail;
    token.valueHash = util::sha256(value);
    const QString id = m_tokens->insert(std::move(token));

    QJsonObject json = tokenJson(*m_tokens->find(id));
    json.insert(u"token"_s, QString::fromLatin1(value));
    return SimReply::json(201, json);
}

SimReply GateService::revoke(const QString &id)
{
    const SystemToken *token = m_tokens->find(id);
    if (!token)
        return tokenNotFound();
    if (token->revoked)
        return error(422, u"Token already revoked."_s, QString(), u"BusinessError"_s);
    m_tokens->revoke(id, m_tokens->nextNsecs());
    return SimReply::empty(204);
}

SimReply GateService::regenerate(const QString &id)
{
    SystemToken *token = m_tokens->find(id);
    if (!token)
        return tokenNotFound();
    if (token->revoked)
        return error(422, u"Cannot update revoked tokens"_s, QString(), u"BusinessError"_s);
    const QByteArray value = util::randomHex(16);
    token->valueHash = util::sha256(value);
    return SimReply::json(200, {{u"token"_s, QString::fromLatin1(value)}});
}

QString GateService::addToken(const QString &name, const QStringList &permissions,
                              const QStringList &workspaceIds, bool allWorkspaces)
{
    SystemToken token;
    token.id = util::randomUuid();
    token.name = name;
    token.permissions = permissions;
    token.allWorkspaces = allWorkspaces;
    token.workspacesNull = allWorkspaces;
    if (!allWorkspaces)
        token.workspaceIds = workspaceIds;
    token.createdAt = {m_tokens->nextNsecs(), 0};
    token.author = SimUsers::rootEmail();
    token.valueHash = util::sha256(util::randomHex(16));
    return m_tokens->insert(std::move(token));
}

} // namespace charles::sim
