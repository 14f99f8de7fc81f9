#include "oneshotbody.h"

#include "secretvalue.h"

#include <cstring>

namespace charles {

OneShotBody::OneShotBody(QByteArray &&bytes, QObject *parent)
    : QIODevice(parent), m_bytes(std::move(bytes))
{
    bytes = QByteArray();
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody()
{
    wipe(m_bytes);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_position >= m_bytes.size() && QIODevice::bytesAvailable() == 0;
}

void OneShotBody::close()
{
    wipe(m_bytes);
    m_position = 0;
    QIODevice::close();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_bytes.size() - m_position);
    if (n <= 0)
        return m_position >= m_bytes.size() ? -1 : 0;
    std::memcpy(data, m_bytes.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

} // namespace charles
