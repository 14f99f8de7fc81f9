#pragma once

#include "secretstore.h"

namespace charles {

// The operating system's keychain, through QtKeychain (the Secret Service on Linux). The
// plaintext fallback stays off: with no backend, writes fail with KeychainUnavailable and
// the session lives in memory only.
class KeychainStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainStore(const QString &service = QStringLiteral("charles-tokens"),
                           QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadHandler done) override;
    void write(const QString &key, const SecretValue &value, QObject *context,
               WriteHandler done) override;
    void remove(const QString &key, QObject *context, WriteHandler done) override;

private:
    QString m_service;
};

// A store in memory, for tests and for when the keychain is not the point.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, ReadHandler done) override;
    void write(const QString &key, const SecretValue &value, QObject *context,
               WriteHandler done) override;
    void remove(const QString &key, QObject *context, WriteHandler done) override;

    bool contains(const QString &key) const { return m_values.contains(key); }
    int size() const { return int(m_values.size()); }
    // Makes every later call fail as a missing backend would.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    std::map<QString, SecretValue> m_values;
    bool m_unavailable = false;
};

} // namespace charles
