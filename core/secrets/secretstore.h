#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace LeadBridge {

/// The secrets LeadBridge keeps.
namespace SecretName {
    inline const QString RetailCrmApiKey = QStringLiteral("retailcrm-api-key");
    inline const QString CalltouchToken = QStringLiteral("calltouch-token");
    /// The path segment of the webhook URLs (generated, see WebhookSecret::generate()).
    inline const QString WebhookSecret = QStringLiteral("webhook-secret");
} // namespace SecretName

struct SecretResult
{
    enum class Status {
        Ok, ///< value is set
        NotFound, ///< nothing stored: ask the user
        Unavailable, ///< the keychain failed or timed out; message says why (never the secret)
    };
    Status status = Status::Ok;
    QString value;
    QString message;
    /// Written, but only kept in memory for this run (keychain unavailable).
    bool memoryOnly = false;
};

/// Asynchronous secret storage. Callbacks run on the store's thread, only while @p context lives.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void read(const QString &name, QObject *context, Callback done) = 0;
    virtual void write(const QString &name, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &name, QObject *context, Callback done) = 0;
    /// True when a written secret lives only in memory until the app quits (the memory store of the
    /// sandbox and the tests, or a keychain that refused a write in this run).
    [[nodiscard]] virtual bool keepsOnlyInMemory() const { return false; }
};

/// Keeps secrets in memory only. For tests and for the sandbox mode.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    [[nodiscard]] bool keepsOnlyInMemory() const override { return true; }

private:
    QHash<QString, QString> m_values;
};

/// The OS keychain through QtKeychain. Every job has a timeout. When the keychain fails, a written
/// secret is kept in memory for this run and the result says so; there is never a plain-text fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("LeadBridge"), int timeoutMs = 15000,
        QObject *parent = nullptr);
    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    [[nodiscard]] bool keepsOnlyInMemory() const override { return !m_sessionValues.isEmpty(); }

private:
    QString m_service;
    int m_timeoutMs;
    QHash<QString, QString> m_sessionValues;
};

/// Environment variables LEADBRIDGE_RETAILCRM_API_KEY, LEADBRIDGE_CALLTOUCH_TOKEN and
/// LEADBRIDGE_WEBHOOK_SECRET take precedence
/// over the wrapped store on read (headless servers). Writes go to the wrapped store.
class EnvironmentSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit EnvironmentSecretStore(SecretStore *inner, QObject *parent = nullptr);
    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    [[nodiscard]] bool keepsOnlyInMemory() const override { return m_inner && m_inner->keepsOnlyInMemory(); }

    [[nodiscard]] static QString environmentVariable(const QString &name);

private:
    SecretStore *m_inner;
};

} // namespace LeadBridge
