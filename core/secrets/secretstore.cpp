#include "secretstore.h"

#include <memory>

#include <QTimer>
#include <qt6keychain/keychain.h>

#include "util/logging.h"

namespace LeadBridge {
namespace {

    /// Delivers @p result on the next event loop turn, if @p context still lives.
    void deliverLater(QObject *owner, QObject *context, SecretStore::Callback done, SecretResult result)
    {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, owner, [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        });
    }

    /// Runs one QtKeychain job with a timeout; @p finish is called exactly once.
    void runJob(
        QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *, bool timedOut)> finish)
    {
        auto once = std::make_shared<bool>(false);
        auto *timer = new QTimer(job);
        timer->setSingleShot(true);
        job->setAutoDelete(false);
        QObject::connect(timer, &QTimer::timeout, job, [job, once, finish] {
            if (*once)
                return;
            *once = true;
            finish(job, true);
            job->deleteLater();
        });
        QObject::connect(job, &QKeychain::Job::finished, job, [once, finish](QKeychain::Job *finished) {
            if (*once)
                return;
            *once = true;
            finish(finished, false);
            finished->deleteLater();
        });
        timer->start(timeoutMs);
        job->start();
    }

    QString unavailableText(QKeychain::Job *job, bool timedOut)
    {
        if (timedOut)
            return SecretStore::tr("The system keychain did not answer in time.");
        return SecretStore::tr("The system keychain is not available (%1).").arg(redact(job->errorString()));
    }

} // namespace

void MemorySecretStore::read(const QString &name, QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        result.status = SecretResult::Status::NotFound;
    else
        result.value = *it;
    deliverLater(this, context, std::move(done), result);
}

void MemorySecretStore::write(const QString &name, const QString &value, QObject *context, Callback done)
{
    m_values.insert(name, value);
    registerSecret(value);
    deliverLater(this, context, std::move(done), SecretResult {});
}

void MemorySecretStore::remove(const QString &name, QObject *context, Callback done)
{
    m_values.remove(name);
    deliverLater(this, context, std::move(done), SecretResult {});
}

namespace {
    /// A keychain job for the entry @p name, never with the library's insecure plain-text fallback.
    template <typename Job> Job *newJob(const QString &service, const QString &name, QObject *parent)
    {
        auto *job = new Job(service, parent);
        job->setKey(name);
        job->setInsecureFallback(false);
        return job;
    }
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{}

void KeychainSecretStore::read(const QString &name, QObject *context, Callback done)
{
    if (m_sessionValues.contains(name)) {
        SecretResult result;
        result.value = m_sessionValues.value(name);
        result.memoryOnly = true;
        deliverLater(this, context, std::move(done), result);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, name, this);
    QPointer<QObject> guard(context);
    runJob(job, m_timeoutMs, [guard, done](QKeychain::Job *finished, bool timedOut) {
        if (!guard)
            return;
        SecretResult result;
        if (timedOut) {
            result.status = SecretResult::Status::Unavailable;
            result.message = unavailableText(finished, true);
        } else if (finished->error() == QKeychain::NoError) {
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            registerSecret(result.value);
        } else if (finished->error() == QKeychain::EntryNotFound) {
            result.status = SecretResult::Status::NotFound;
        } else {
            result.status = SecretResult::Status::Unavailable;
            result.message = unavailableText(finished, false);
        }
        done(result);
    });
}

void KeychainSecretStore::write(const QString &name, const QString &value, QObject *context, Callback done)
{
    registerSecret(value);
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, name, this);
    job->setTextData(value);
    QPointer<QObject> guard(context);
    runJob(job, m_timeoutMs, [this, guard, done, name, value](QKeychain::Job *finished, bool timedOut) {
        SecretResult result;
        if (timedOut || finished->error() != QKeychain::NoError) {
            // Keep it for this run only, and say so; never write it anywhere else.
            m_sessionValues.insert(name, value);
            result.status = SecretResult::Status::Unavailable;
            result.memoryOnly = true;
            result.message = tr("%1 The key is kept in memory for this session only; you will be asked "
                                "again next time.")
                                 .arg(unavailableText(finished, timedOut));
            qCWarning(lcUi) << "keychain write failed:" << result.message;
        } else {
            m_sessionValues.remove(name);
        }
        if (guard)
            done(result);
    });
}

void KeychainSecretStore::remove(const QString &name, QObject *context, Callback done)
{
    m_sessionValues.remove(name);
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, name, this);
    QPointer<QObject> guard(context);
    runJob(job, m_timeoutMs, [guard, done](QKeychain::Job *finished, bool timedOut) {
        if (!guard)
            return;
        SecretResult result;
        if (timedOut
            || (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)) {
            result.status = SecretResult::Status::Unavailable;
            result.message = unavailableText(finished, timedOut);
        }
        done(result);
    });
}

EnvironmentSecretStore::EnvironmentSecretStore(SecretStore *inner, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
{}

QString EnvironmentSecretStore::environmentVariable(const QString &name)
{
    if (name == SecretName::RetailCrmApiKey)
        return QStringLiteral("LEADBRIDGE_RETAILCRM_API_KEY");
    if (name == SecretName::CalltouchToken)
        return QStringLiteral("LEADBRIDGE_CALLTOUCH_TOKEN");
    if (name == SecretName::WebhookSecret)
        return QStringLiteral("LEADBRIDGE_WEBHOOK_SECRET");
    return {};
}

void EnvironmentSecretStore::read(const QString &name, QObject *context, Callback done)
{
    const QString variable = environmentVariable(name);
    const QString value =
        variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLatin1().constData());
    if (!value.isEmpty()) {
        registerSecret(value);
        SecretResult result;
        result.value = value;
        deliverLater(this, context, std::move(done), result);
        return;
    }
    m_inner->read(name, context, std::move(done));
}

void EnvironmentSecretStore::write(const QString &name, const QString &value, QObject *context, Callback done)
{
    m_inner->write(name, value, context, std::move(done));
}

void EnvironmentSecretStore::remove(const QString &name, QObject *context, Callback done)
{
    m_inner->remove(name, context, std::move(done));
}

} // namespace LeadBridge
