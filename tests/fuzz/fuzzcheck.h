// Shared by the fuzz targets: an invariant check that stays on in release builds (NDEBUG
// removes assert()), and the checks every decoder error must pass.
#pragma once

#include "core/apierror.h"
#include "core/types.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

// abort() is what libFuzzer reports as a crash and saves the input for.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, \
                         #condition); \
            std::abort(); \
        } \
    } while (false)

namespace charles::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: decoders that wipe their input must never touch libFuzzer's buffer.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// apierror.h: "a one-line technical form for logs". A line break from a server's text would
// let the server write lines of its own into our log.
inline void checkLogText(const ApiError &error)
{
    const QString text = error.logText();
    FUZZ_CHECK(!text.isEmpty());
    FUZZ_CHECK(!text.contains(QLatin1Char('\n')));
    FUZZ_CHECK(!text.contains(QLatin1Char('\r')));
}

// Every error a decoder returns is "the answer is not what the contract says", and an admin
// can read something about it.
inline void checkDecodeError(const ApiError &error)
{
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.kind() == ApiError::Kind::UnexpectedResponse);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    checkLogText(error);
    FUZZ_CHECK(!error.detail().isEmpty());
    // A call that ended in an answer we could not read may still have done its work.
    FUZZ_CHECK(error.outcomeUnknown());
}

// The input as an object, read independently of the decoder, to compare against.
inline QJsonObject independentObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Values shorter than this can match an ordinary word of a message; gate's are 32 characters,
// Keycloak's far longer.
constexpr qsizetype kMinSecretSize = 8;

// Everything an error says or logs, in one text.
inline QString errorTexts(const ApiError &error)
{
    return QStringList {error.userMessage(), error.logText(), error.detail(), error.serverMessage()}
        .join(QLatin1Char('\n'));
}

// The body again with the value of `field` replaced by another string, as gate or Keycloak
// could have sent it.
inline QByteArray withOtherValue(QJsonObject object, const char *field, const QString &secret)
{
    // Shorter than the secret, so it cannot contain it; not empty, so decoding takes the
    // same path.
    object.insert(QLatin1String(field), QString(qMax(secret.size() - 1, 1), QLatin1Char('~')));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A secret the server sent must never show up in what an error says or logs. `withoutSecret`
// is the error for the same answer with another value in place of the secret: a text that
// shows up there too comes from the rest of the answer (a token whose value is "created_at"
// is named in "created_at is missing"), not from the secret.
inline void checkSecretNotLeaked(const ApiError &error, const QString &secret,
                                 const ApiError &withoutSecret)
{
    if (secret.size() < kMinSecretSize || errorTexts(withoutSecret).contains(secret))
        return;
    FUZZ_CHECK(!errorTexts(error).contains(secret));
}

// What a decoded token always is, whatever the server sent.
inline void checkToken(const SystemToken &token)
{
    FUZZ_CHECK(!token.id.isEmpty());
    FUZZ_CHECK(token.createdAt.isValid());
    FUZZ_CHECK(token.createdAt.timeSpec() == Qt::UTC);
    // Unset timestamps are invalid, set ones are in UTC like created_at.
    FUZZ_CHECK(!token.revokedAt.isValid() || token.revokedAt.timeSpec() == Qt::UTC);
    FUZZ_CHECK(!token.lastUsedAt.isValid() || token.lastUsedAt.timeSpec() == Qt::UTC);

    // A name the client knows is never also kept as an unknown one, and none comes twice.
    const QStringList names = token.permissions.names();
    for (qsizetype i = 0; i < names.size(); ++i)
        FUZZ_CHECK(names.indexOf(names.at(i), i + 1) < 0);
    for (const QString &unknown : token.permissions.unknownNames())
        FUZZ_CHECK(!token.permissions.knownNames().contains(unknown));
}

} // namespace charles::fuzz
