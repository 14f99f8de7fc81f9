#include "simutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace charles::sim::util {

FormFields parseForm(const QByteArray &encoded)
{
    FormFields fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QString formValue(const FormFields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return field.second;
    }
    return {};
}

bool hasFormValue(const FormFields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return true;
    }
    return false;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString uuidFrom(QRandomGenerator &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString randomUuid()
{
    return uuidFrom(*QRandomGenerator::system());
}

QByteArray randomBytes(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return data;
}

QByteArray randomHex(int bytes)
{
    return randomBytes(bytes).toHex();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

static bool isHexDigits(QStringView text)
{
    for (QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool lower = c >= u'a' && c <= u'f';
        const bool upper = c >= u'A' && c <= u'F';
        if (!digit && !lower && !upper)
            return false;
    }
    return true;
}

bool parseUuid(const QString &text, QString *canonical, QString *error)
{
    QStringView view(text);
    if (view.size() == 36 + 9 && view.startsWith(u"urn:uuid:", Qt::CaseInsensitive))
        view = view.mid(9);
    else if (view.size() == 38 && view.startsWith(u'{') && view.endsWith(u'}'))
        view = view.mid(1, 36);

    QString hex;
    if (view.size() == 36) {
        if (view[8] != u'-' || view[13] != u'-' || view[18] != u'-' || view[23] != u'-') {
            *error = u"invalid UUID format"_s;
            return false;
        }
        hex = view.toString().remove(u'-');
    } else if (view.size() == 32) {
        hex = view.toString();
    } else {
        *error = u"invalid UUID length: %1"_s.arg(text.size());
        return false;
    }
    if (hex.size() != 32 || !isHexDigits(hex)) {
        *error = u"invalid UUID format"_s;
        return false;
    }
    hex = hex.toLower();
    *canonical = hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' +
        hex.mid(16, 4) + u'-' + hex.mid(20);
    return true;
}

int codePointCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace charles::sim::util
