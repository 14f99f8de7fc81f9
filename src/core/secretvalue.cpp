#include "secretvalue.h"

#include <cstring>
#include <utility>

namespace charles {

namespace {

void wipeBytes(void *data, size_t size)
{
    // A volatile pointer keeps the compiler from dropping the stores as dead.
    auto *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

} // namespace

void wipe(QByteArray &bytes)
{
    // Only a buffer we hold alone may be overwritten in place; detaching a shared one would
    // wipe a fresh copy and leave the original untouched, so shared buffers are just dropped.
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        wipeBytes(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        wipeBytes(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

void wipeShared(const QString &text)
{
    if (!text.isEmpty())
        wipeBytes(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
}

SecretValue::SecretValue(QByteArray &&bytes) : m_bytes(std::move(bytes))
{
    bytes = QByteArray();
}

SecretValue SecretValue::fromString(QString &&text)
{
    SecretValue value(text.toUtf8());
    wipe(text);
    return value;
}

SecretValue::~SecretValue()
{
    clear();
}

SecretValue::SecretValue(SecretValue &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecretValue &SecretValue::operator=(SecretValue &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretValue SecretValue::clone() const
{
    return SecretValue(QByteArray(m_bytes.constData(), m_bytes.size()));
}

bool SecretValue::equals(const QByteArray &other) const
{
    if (other.size() != m_bytes.size())
        return false;
    // Constant time, as comparisons of secrets should be.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes.at(i) ^ other.at(i));
    return diff == 0;
}

void SecretValue::clear()
{
    wipe(m_bytes);
}

} // namespace charles
