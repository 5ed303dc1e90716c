#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "settings/appsettings.h"
#include "sync/syncconfig.h"

using namespace LeadBridge;

class tst_AppSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void roundTripThroughTheFile();
    void readsAHandWrittenFile();
    void unknownLeadKindsAreDropped();
    void orderOptionsRoundTrip();
    void intervalBelowTheShortestIsRaised();
};

void tst_AppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
    const SyncConfig config = settings.toSyncConfig();
    QCOMPARE(config.leadDelaySeconds, 60);
    QCOMPARE(config.calltouchApiUrl, QUrl(QStringLiteral("https://api.calltouch.ru")));
    QCOMPARE(config.leadKinds,
        (QStringList { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") }));
    QVERIFY(config.dealSync);
    QCOMPARE(
        config.closedStatusGroups, (QStringList { QStringLiteral("complete"), QStringLiteral("cancel") }));
    QCOMPARE(config.retailCrmTimeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(config.calltouchRatePerSecond, 5);
    QVERIFY(!config.hasCredentials());
}

void tst_AppSettings::roundTripThroughTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.ini"));
    {
        AppSettings settings(file);
        settings.setRetailCrmUrl(QUrl(QStringLiteral("https://shop.retailcrm.ru")));
        settings.setCalltouchSiteId(QStringLiteral(" 13480 "));
        settings.setLeadDelaySeconds(120);
        settings.setShop(QStringLiteral("main"));
        settings.setLeadKinds({ QStringLiteral("call") });
        settings.setDealSync(false);
        settings.setSince(QDate(2026, 1, 15));
        settings.sync();
    }
    AppSettings settings(file);
    QCOMPARE(settings.retailCrmUrl(), QUrl(QStringLiteral("https://shop.retailcrm.ru")));
    QCOMPARE(settings.calltouchSiteId(), QStringLiteral("13480"));
    QCOMPARE(settings.leadDelaySeconds(), 120);
    QCOMPARE(settings.shop(), QStringLiteral("main"));
    QCOMPARE(settings.leadKinds(), QStringList { QStringLiteral("call") });
    QVERIFY(!settings.dealSync());
    QCOMPARE(settings.since(), QDate(2026, 1, 15));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("[retailcrm]"));
    QVERIFY(text.contains("leadDelaySeconds=120"));
}

void tst_AppSettings::readsAHandWrittenFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("server.ini"));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(
        "[retailcrm]\nurl=https://x.retailcrm.ru\n[calltouch]\napiUrl=http://127.0.0.1:8080\nsiteId=42\n"
        "[sync]\nleadDelaySeconds=5\nsince=2026-10-01\nshop=second\nleadKinds=call, request\n"
        "dealSync=false\n[webhook]\nlisten=127.0.0.1:8099\n");
    raw.close();
    const SyncConfig config = AppSettings(file).toSyncConfig();
    QCOMPARE(config.retailCrmUrl.host(), QStringLiteral("x.retailcrm.ru"));
    QCOMPARE(config.calltouchApiUrl.port(), 8080);
    QCOMPARE(config.calltouchSiteId, QStringLiteral("42"));
    QCOMPARE(config.leadDelaySeconds, 5);
    QCOMPARE(config.since, QDate(2026, 10, 1));
    QCOMPARE(config.shop, QStringLiteral("second"));
    QCOMPARE(config.leadKinds, (QStringList { QStringLiteral("call"), QStringLiteral("request") }));
    QVERIFY(!config.dealSync);
    QCOMPARE(config.webhookListen, QStringLiteral("127.0.0.1:8099"));
}

void tst_AppSettings::unknownLeadKindsAreDropped()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("k.ini")));
    settings.setLeadKinds({ QStringLiteral("call"), QStringLiteral("fax") });
    QCOMPARE(settings.leadKinds(), QStringList { QStringLiteral("call") });
}

void tst_AppSettings::orderOptionsRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("orders.ini"));
    {
        AppSettings settings(file);
        // Nothing stored: the seed's behaviour (nothing sent, the SPEC's templates).
        QCOMPARE(settings.orderOptions(), Sync::OrderOptions::defaults());
        QCOMPARE(settings.toSyncConfig().orderOptions, Sync::OrderOptions::defaults());
        Sync::OrderOptions options = Sync::OrderOptions::defaults();
        options.call.orderMethod = QStringLiteral("phone");
        options.request.orderType = QStringLiteral("eshop-legal");
        options.request.managerId = 42;
        options.chat.nameTemplate = QStringLiteral("Чат {contact}");
        settings.setOrderOptions(options);
        settings.sync();
    }
    AppSettings settings(file);
    const Sync::OrderOptions read = settings.orderOptions();
    QCOMPARE(read.call.orderMethod, QStringLiteral("phone"));
    QCOMPARE(read.call.orderType, QString());
    QCOMPARE(read.call.managerId, qint64(0));
    QCOMPARE(read.request.orderType, QStringLiteral("eshop-legal"));
    QCOMPARE(read.request.managerId, qint64(42));
    QCOMPARE(read.chat.nameTemplate, QStringLiteral("Чат {contact}"));
    QCOMPARE(read.call.nameTemplate, Sync::defaultNameTemplate(Calltouch::Lead::Kind::Call));
    QCOMPARE(settings.toSyncConfig().orderOptions, read);

    // A hand-edited file with a bad template or manager id falls back to the defaults for those.
    QSettings raw(file, QSettings::IniFormat);
    raw.setValue(QStringLiteral("orders/chat/nameTemplate"), QStringLiteral("Чат {utm}"));
    raw.setValue(QStringLiteral("orders/request/managerId"), QStringLiteral("abc"));
    raw.sync();
    AppSettings edited(file);
    QCOMPARE(edited.orderOptions().chat.nameTemplate, Sync::defaultNameTemplate(Calltouch::Lead::Kind::Chat));
    QCOMPARE(edited.orderOptions().request.managerId, qint64(0));
}

void tst_AppSettings::intervalBelowTheShortestIsRaised()
{
    // A hand-edited file cannot go below what the settings dialog offers (10 s): both use one constant.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fast.ini"));
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(QStringLiteral("sync/intervalSeconds"), 3);
    }
    AppSettings settings(file);
    QCOMPARE(AppSettings::kMinSyncIntervalSeconds, 10);
    QCOMPARE(settings.syncIntervalSeconds(), 10);
    QCOMPARE(settings.toSyncConfig().syncIntervalSeconds, 10);
    settings.setSyncIntervalSeconds(45);
    QCOMPARE(settings.syncIntervalSeconds(), 45);
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
