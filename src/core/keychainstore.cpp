#include "keychainstore.h"

#include "logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h> // IWYU pragma: keep

namespace charles {

namespace {

ApiError keychainError(const QKeychain::Job *job)
{
    return ApiError(
        ApiError::Kind::KeychainUnavailable, 0, {},
        QStringLiteral("keychain error %1: %2").arg(int(job->error())).arg(job->errorString()));
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Handlers never run synchronously, and never once their context is gone.
template<typename F>
void later(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

} // namespace

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

void KeychainStore::read(const QString &key, QObject *context, ReadHandler done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (!guard)
            return;
        if (read->error() == QKeychain::EntryNotFound) {
            qCDebug(lcKeychain) << "no kept session";
            done(SecretValue(), ApiError());
            return;
        }
        if (read->error() != QKeychain::NoError) {
            const ApiError error = keychainError(read);
            qCWarning(lcKeychain).noquote() << "read failed:" << error.logText();
            done(SecretValue(), error);
            return;
        }
        QByteArray bytes = read->binaryData();
        done(SecretValue(std::move(bytes)), ApiError());
    });
    job->start();
}

void KeychainStore::write(const QString &key, const SecretValue &value, QObject *context,
                          WriteHandler done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value.bytes());
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError) {
            const ApiError error = keychainError(j);
            qCWarning(lcKeychain).noquote() << "write failed:" << error.logText();
            done(error);
            return;
        }
        qCDebug(lcKeychain) << "kept the session";
        done(ApiError());
    });
    job->start();
}

void KeychainStore::remove(const QString &key, QObject *context, WriteHandler done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        // Deleting what is not there is what was asked for.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            const ApiError error = keychainError(j);
            qCWarning(lcKeychain).noquote() << "delete failed:" << error.logText();
            done(error);
            return;
        }
        qCDebug(lcKeychain) << "forgot the kept session";
        done(ApiError());
    });
    job->start();
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadHandler done)
{
    QPointer<QObject> guard(context);
    SecretValue value = m_values.count(key) ? m_values.at(key).clone() : SecretValue();
    const bool unavailable = m_unavailable;
    auto shared = std::make_shared<SecretValue>(std::move(value));
    later(this, [guard, done, shared, unavailable] {
        if (!guard)
            return;
        if (unavailable)
            done(SecretValue(), ApiError(ApiError::Kind::KeychainUnavailable));
        else
            done(std::move(*shared), ApiError());
    });
}

void MemorySecretStore::write(const QString &key, const SecretValue &value, QObject *context,
                              WriteHandler done)
{
    QPointer<QObject> guard(context);
    if (!m_unavailable)
        m_values[key] = value.clone();
    const bool unavailable = m_unavailable;
    later(this, [guard, done, unavailable] {
        if (guard)
            done(unavailable ? ApiError(ApiError::Kind::KeychainUnavailable) : ApiError());
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteHandler done)
{
    QPointer<QObject> guard(context);
    if (!m_unavailable)
        m_values.erase(key);
    const bool unavailable = m_unavailable;
    later(this, [guard, done, unavailable] {
        if (guard)
            done(unavailable ? ApiError(ApiError::Kind::KeychainUnavailable) : ApiError());
    });
}

} // namespace charles
