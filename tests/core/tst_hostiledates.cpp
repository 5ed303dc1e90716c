// Impossible dates end to end: the real engine against the simulated services over loopback. A lead or
// an order whose date is missing or out of range is refused with a reason (a failed lead, an error
// row), never processed as if it were new, never left waiting for ever, never a deal dated 1970.
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "store/store.h"
#include "store/syncstore.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_HostileDates : public QObject
{
    Q_OBJECT
private slots:
    void webhookLeadsWithImpossibleDatesFailWithAReason();
    void orderWithImpossibleCreationDateGetsNoDeal();
    void customerOrderWithImpossibleDateStopsTheLead();
    void storedDealWithoutCreationDateIsNotSent();
};

namespace {

int openErrors(SyncFixture &f, const QString &item)
{
    return f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE item=? AND resolved=0"), { item }).toInt();
}

} // namespace

void tst_HostileDates::webhookLeadsWithImpossibleDatesFailWithAReason()
{
    SyncFixture f;
    f.config.webhookListen = QStringLiteral("127.0.0.1:0");
    f.config.webhookSecret = QStringLiteral("s3cret-path-segment-42");
    f.engine = std::make_unique<SyncEngine>(f.config, f.databasePath());
    f.engine->setClock([&f] { return f.now; });
    f.engine->setRateLimitsEnabled(false);
    QSignalSpy listening(f.engine.get(), &SyncEngine::webhookListening);
    QSignalSpy errors(f.engine.get(), &SyncEngine::errorRecorded);
    f.engine->initialize();
    QCOMPARE(listening.size(), 1);
    const quint16 port = listening.first().first().value<quint16>();

    QNetworkAccessManager nam;
    const auto post = [&](const QByteArray &body) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/s3cret-path-segment-42/call").arg(port)));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(5000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QByteArray future = QByteArray::number(f.now.addDays(30).toSecsSinceEpoch());
    // INT64_MIN (a signed overflow in the engine before), a 14-digit time (the year 5138: waited for
    // ever), a month ahead (waited a month), and one good lead.
    QCOMPARE(post("id=901&callerphone=%2B79160000901&timestamp=-9223372036854775808"), 200);
    QCOMPARE(post("id=902&callerphone=%2B79160000902&timestamp=99999999999999"), 200);
    QCOMPARE(post("id=903&callerphone=%2B79160000903&timestamp=" + future), 200);
    QCOMPARE(post("id=904&callerphone=%2B79160000904&timestamp="
                 + QByteArray::number(f.now.addSecs(-30).toSecsSinceEpoch())),
        200);
    QCOMPARE(errors.size(), 3); // reported as they arrive, once each

    for (int round = 0; round < 2; ++round) {
        f.now = f.now.addSecs(120);
        f.cycle();
        QCOMPARE(f.crm->orders().size(), 1); // only the good lead
        QCOMPARE(f.crm->orders().first().customFields.value(QStringLiteral("calltouch_call_id")),
            QStringLiteral("904"));
        for (const char *id : { "901", "902", "903" }) {
            const QString remote = QLatin1String(id);
            QCOMPARE(
                f.sql(QStringLiteral("SELECT state FROM leads WHERE remote_id=?"), { remote }).toString(),
                QStringLiteral("failed"));
            const QString code =
                f.sql(QStringLiteral("SELECT error_code FROM leads WHERE remote_id=?"), { remote })
                    .toString();
            QVERIFY2(code == QLatin1String("bad-lead-date") || code == QLatin1String("future-lead-date"),
                qPrintable(code));
            // Not tried again by itself: one attempt, one error row.
            QCOMPARE(
                f.sql(QStringLiteral("SELECT attempts FROM leads WHERE remote_id=?"), { remote }).toInt(), 1);
            QCOMPARE(openErrors(f, QStringLiteral("lead:call:") + remote), 1);
        }
    }
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE state='waiting'")).toInt(), 0);
}

void tst_HostileDates::orderWithImpossibleCreationDateGetsNoDeal()
{
    SyncFixture f;
    f.config.dealSync = true;
    RetailCrm::Order good;
    good.site = QStringLiteral("main-shop");
    good.phone = QStringLiteral("+79160000001");
    good.status = QStringLiteral("new");
    good.totalSumm = QStringLiteral("100");
    good.createdAt = f.now.addSecs(-3600);
    const qint64 goodId = f.crm->addOrder(good);
    RetailCrm::Order ancient = good;
    ancient.phone = QStringLiteral("+79160000002");
    ancient.createdAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC); // "0001-01-01 …" in the answer
    const qint64 ancientId = f.crm->addOrder(ancient);
    f.makeEngine();
    f.cycle();
    f.cycle();
    QVERIFY(!f.ct->deal(QString::number(goodId)).orderNumber.isEmpty());
    // Not "before since" (silently), not a deal created at 0: an error naming the order.
    QVERIFY(f.ct->deal(QString::number(ancientId)).orderNumber.isEmpty());
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM deals WHERE order_id=?"), { ancientId }).toInt(), 0);
    QCOMPARE(openErrors(f, QStringLiteral("deal:%1").arg(ancientId)), 1);
    // The store keeps the code and the order's number; the sentence is made at display time.
    const QString stored = f.sql(QStringLiteral("SELECT code || '|' || params FROM errors WHERE item=?"),
                                { QStringLiteral("deal:%1").arg(ancientId) })
                               .toString();
    QVERIFY2(stored.startsWith(QLatin1String("no-created-at|")), qPrintable(stored));
}

void tst_HostileDates::customerOrderWithImpossibleDateStopsTheLead()
{
    // Which order is the newest cannot be told when one has no real date: no order is created or
    // updated on a guess; the lead fails with the order named.
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
    RetailCrm::Order broken;
    broken.customerId = customer;
    broken.status = QStringLiteral("new");
    broken.site = QStringLiteral("main-shop");
    broken.createdAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 brokenId = f.crm->addOrder(broken);
    f.addOrder(customer, QStringLiteral("complete"), 20);
    const qint64 callId = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+7 916 555-12-34"));
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 2); // nothing created
    QVERIFY(f.crm->order(brokenId).customFields.isEmpty()); // nothing updated
    const QString remote = QString::number(callId);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads WHERE remote_id=?"), { remote }).toString(),
        QStringLiteral("failed"));
    const QString stored =
        f.sql(QStringLiteral("SELECT error_code || '|' || error_params FROM leads WHERE remote_id=?"),
             { remote })
            .toString();
    QVERIFY2(stored.startsWith(QLatin1String("customer-order-no-created-at|"))
            && stored.contains(f.crm->order(brokenId).number),
        qPrintable(stored));
    QCOMPARE(openErrors(f, QStringLiteral("lead:call:") + remote), 1);
}

void tst_HostileDates::storedDealWithoutCreationDateIsNotSent()
{
    // A deal row written by an older version without the order's creation date: refused with the
    // reason, not sent to Calltouch dated 1970, and not sent again by itself.
    SyncFixture f;
    f.config.dealSync = true;
    f.makeEngine();
    f.cycle();
    {
        Store store(QStringLiteral("test-writer"));
        QVERIFY(store.open(f.databasePath()).isOk());
        SyncStore sync(store);
        DealRow row;
        row.orderId = 4242;
        row.orderNumber = QStringLiteral("4242A");
        row.site = QStringLiteral("main-shop");
        row.status = QStringLiteral("new");
        row.revenue = QStringLiteral("100");
        row.bindingKind = Db::BindingKind::NotFound;
        QVERIFY(sync.insertDeal(row, f.now.toMSecsSinceEpoch()).ok);
    }
    f.cycle();
    f.cycle();
    QVERIFY(f.ct->deals().isEmpty());
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM deals WHERE order_id=4242")).toString(),
        QStringLiteral("failed"));
    QCOMPARE(f.sql(QStringLiteral("SELECT attempts FROM deals WHERE order_id=4242")).toInt(), 1);
    QCOMPARE(openErrors(f, QStringLiteral("deal:4242")), 1);
    const QString stored =
        f.sql(QStringLiteral("SELECT code || '|' || params FROM errors WHERE item='deal:4242'")).toString();
    QVERIFY2(stored.startsWith(QLatin1String("no-created-at|")) && stored.contains(QLatin1String("4242A")),
        qPrintable(stored));
}

QTEST_GUILESS_MAIN(tst_HostileDates)
#include "tst_hostiledates.moc"
