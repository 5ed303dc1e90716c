// Integration test against the real OS keychain (gnome-keyring under dbus-run-session in CI,
// see scripts/run-tests.sh). Without a session bus it is skipped, unless LEADBRIDGE_REQUIRE_KEYCHAIN=1.
#include <QTest>
#include <QUuid>

#include "secrets/secretstore.h"

using namespace LeadBridge;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // The broken-bus case first: once libsecret holds a working connection it keeps it.
    void failingKeychainKeepsTheSecretInMemoryOnly();
    void storeReadDelete();
};

void tst_KeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariable("LEADBRIDGE_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL("no D-Bus session bus, but LEADBRIDGE_REQUIRE_KEYCHAIN=1");
        QSKIP("no D-Bus session bus: run under scripts/run-tests.sh");
    }
}

void tst_KeychainSecretStore::storeReadDelete()
{
    const QString service =
        QStringLiteral("LeadBridge-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore store(service, 15000);
    const QString secret = QStringLiteral("rc-key-") + QUuid::createUuid().toString(QUuid::Id128);

    bool written = false;
    SecretResult writeResult;
    store.write(SecretName::RetailCrmApiKey, secret, this, [&](const SecretResult &r) {
        written = true;
        writeResult = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    QVERIFY2(writeResult.status == SecretResult::Status::Ok, qPrintable(writeResult.message));
    QVERIFY(!writeResult.memoryOnly);

    // A second store object has no memory of it: the value really comes from the keychain.
    KeychainSecretStore other(service, 15000);
    bool read = false;
    SecretResult readResult;
    other.read(SecretName::RetailCrmApiKey, this, [&](const SecretResult &r) {
        read = true;
        readResult = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
    QCOMPARE(readResult.status, SecretResult::Status::Ok);
    QCOMPARE(readResult.value, secret);
    QVERIFY(!readResult.memoryOnly);

    bool removed = false;
    other.remove(SecretName::RetailCrmApiKey, this, [&](const SecretResult &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);

    bool readAgain = false;
    SecretResult gone;
    other.read(SecretName::RetailCrmApiKey, this, [&](const SecretResult &r) {
        readAgain = true;
        gone = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readAgain, 20000);
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
}

void tst_KeychainSecretStore::failingKeychainKeepsTheSecretInMemoryOnly()
{
    // Point the store at a bus without a secrets service: every job fails.
    const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leadbridge-test-bus");
    KeychainSecretStore store(QStringLiteral("LeadBridge-test-broken"), 5000);
    bool written = false;
    SecretResult result;
    store.write(
        SecretName::CalltouchToken, QStringLiteral("memory-only-token"), this, [&](const SecretResult &r) {
            written = true;
            result = r;
        });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(result.memoryOnly);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(QLatin1String("memory-only-token")));

    bool read = false;
    SecretResult readResult;
    store.read(SecretName::CalltouchToken, this, [&](const SecretResult &r) {
        read = true;
        readResult = r;
    });
    QTRY_VERIFY(read);
    QCOMPARE(readResult.value, QStringLiteral("memory-only-token"));
    QVERIFY(readResult.memoryOnly);
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
