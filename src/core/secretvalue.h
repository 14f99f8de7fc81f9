#pragma once

#include <QByteArray>
#include <QString>

namespace charles {

// Overwrites the bytes a QByteArray holds, if it holds them alone. Used on buffers that
// carried a secret (a reply body, a form body) before they are released.
void wipe(QByteArray &bytes);
void wipe(QString &text);
// Overwrites the characters where they are, for every QString that shares them: for a buffer
// a widget shares with us (the copy dialog's field), once every holder is done with it.
void wipeShared(const QString &text);

// A secret (a token value, a password, a refresh token) that wipes its bytes when it is
// released. Move-only, so that one value has one owner; the few places that need the text
// (a request body, the copy dialog's field, the clipboard) ask for it explicitly.
class SecretValue
{
public:
    SecretValue() = default;
    explicit SecretValue(QByteArray &&bytes);
    static SecretValue fromString(QString &&text);
    ~SecretValue();

    SecretValue(SecretValue &&other) noexcept;
    SecretValue &operator=(SecretValue &&other) noexcept;
    SecretValue(const SecretValue &) = delete;
    SecretValue &operator=(const SecretValue &) = delete;

    // An explicit copy, for the rare owner that must keep the value while handing it on
    // (the session keeps its refresh token while the keychain stores it).
    SecretValue clone() const;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromUtf8(m_bytes); }
    bool equals(const QByteArray &other) const;

    void clear();

private:
    QByteArray m_bytes;
};

} // namespace charles
