#include <QSignalSpy>
#include <QTest>

#include "secrets/secretstore.h"
#include "util/logging.h"

using namespace LeadBridge;

namespace {
struct Capture
{
    bool done = false;
    SecretResult result;
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &r) {
            done = true;
            result = r;
        };
    }
};
} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void memoryStoreRoundTrip();
    void callbacksAreDroppedWhenTheContextDies();
    void environmentTakesPrecedence();
    void environmentFallsBackToTheInnerStore();
    void writtenSecretsAreRedactedFromLogs();
};

void tst_SecretStore::cleanup()
{
    qunsetenv("LEADBRIDGE_RETAILCRM_API_KEY");
    qunsetenv("LEADBRIDGE_CALLTOUCH_TOKEN");
    clearRegisteredSecrets();
}

void tst_SecretStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    Capture read;
    store.read(SecretName::RetailCrmApiKey, this, read.callback());
    QVERIFY(!read.done); // always asynchronous
    QTRY_VERIFY(read.done);
    QCOMPARE(read.result.status, SecretResult::Status::NotFound);

    Capture write;
    store.write(SecretName::RetailCrmApiKey, QStringLiteral("key-123456"), this, write.callback());
    QTRY_VERIFY(write.done);
    QCOMPARE(write.result.status, SecretResult::Status::Ok);

    Capture again;
    store.read(SecretName::RetailCrmApiKey, this, again.callback());
    QTRY_VERIFY(again.done);
    QCOMPARE(again.result.value, QStringLiteral("key-123456"));

    Capture removed;
    store.remove(SecretName::RetailCrmApiKey, this, removed.callback());
    QTRY_VERIFY(removed.done);
    Capture gone;
    store.read(SecretName::RetailCrmApiKey, this, gone.callback());
    QTRY_VERIFY(gone.done);
    QCOMPARE(gone.result.status, SecretResult::Status::NotFound);
}

void tst_SecretStore::callbacksAreDroppedWhenTheContextDies()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(SecretName::CalltouchToken, context, [&called](const SecretResult &) { called = true; });
    delete context;
    Capture marker;
    store.read(SecretName::CalltouchToken, this, marker.callback());
    QTRY_VERIFY(marker.done);
    QVERIFY(!called);
}

void tst_SecretStore::environmentTakesPrecedence()
{
    MemorySecretStore inner;
    Capture write;
    inner.write(SecretName::CalltouchToken, QStringLiteral("from-keychain"), this, write.callback());
    QTRY_VERIFY(write.done);
    qputenv("LEADBRIDGE_CALLTOUCH_TOKEN", "from-environment");
    EnvironmentSecretStore store(&inner);
    Capture read;
    store.read(SecretName::CalltouchToken, this, read.callback());
    QTRY_VERIFY(read.done);
    QCOMPARE(read.result.value, QStringLiteral("from-environment"));
}

void tst_SecretStore::environmentFallsBackToTheInnerStore()
{
    MemorySecretStore inner;
    Capture write;
    inner.write(SecretName::RetailCrmApiKey, QStringLiteral("stored-key"), this, write.callback());
    QTRY_VERIFY(write.done);
    EnvironmentSecretStore store(&inner);
    Capture read;
    store.read(SecretName::RetailCrmApiKey, this, read.callback());
    QTRY_VERIFY(read.done);
    QCOMPARE(read.result.value, QStringLiteral("stored-key"));
}

void tst_SecretStore::writtenSecretsAreRedactedFromLogs()
{
    MemorySecretStore store;
    Capture write;
    store.write(SecretName::RetailCrmApiKey, QStringLiteral("TopSecretKey99"), this, write.callback());
    QTRY_VERIFY(write.done);
    QCOMPARE(
        redact(QStringLiteral("HTTP 401 for key TopSecretKey99")), QStringLiteral("HTTP 401 for key ***"));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
