#pragma once

#include <QIODevice>

namespace charles {

// A request body that can be read once and never rewound. Qt's HTTP client re-sends a
// request whose connection dropped before any answer, even a POST, by rewinding its body;
// for a create, that second send could mint a second token nobody sees. Served from this
// sequential device (with upload buffering off), the body cannot be rewound, so Qt reports
// the dropped connection instead. The bytes are wiped when the device closes.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray &&bytes, QObject *parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }
    bool reset() override { return false; }
    bool atEnd() const override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

} // namespace charles
