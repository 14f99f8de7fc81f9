#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QRandomGenerator;

namespace charles::sim::util {

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded as servers read it: '+' is a space,
// %xx are bytes, the result is UTF-8. Query strings are read the same way
// (Go's url.ParseQuery and Spring both turn '+' into a space).
FormFields parseForm(const QByteArray &encoded);
QString formValue(const FormFields &fields, const QString &key);
bool hasFormValue(const FormFields &fields, const QString &key);

QByteArray compactJson(const QJsonObject &object);
QByteArray base64Url(const QByteArray &data);

// A version 4 UUID from the given generator (deterministic for seeded ones).
QString uuidFrom(QRandomGenerator &random);
QString randomUuid();
// Lowercase hex of `bytes` bytes from the system's secure generator.
QByteArray randomHex(int bytes);
QByteArray randomBytes(int bytes);
QByteArray sha256(const QByteArray &data);

// Go's uuid.Parse: accepts the 36-character form (optionally "urn:uuid:"
// prefixed or in braces) and 32 hex digits. On success `canonical` is the
// lowercase 36-character form; otherwise `error` says why, like Go does.
bool parseUuid(const QString &text, QString *canonical, QString *error);

int codePointCount(const QString &text);

} // namespace charles::sim::util
