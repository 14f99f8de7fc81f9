#pragma once

#include "apierror.h"
#include "secretvalue.h"

#include <QObject>

#include <functional>

namespace charles {

// Where a kept session's refresh token lives: read, write, delete under a key. "Not found"
// is a normal state (an empty value, no error).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadHandler = std::function<void(SecretValue value, const ApiError &error)>;
    using WriteHandler = std::function<void(const ApiError &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadHandler done) = 0;
    virtual void write(const QString &key, const SecretValue &value, QObject *context,
                       WriteHandler done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteHandler done) = 0;
};

} // namespace charles
