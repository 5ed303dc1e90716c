#pragma once

// A database made by the real SyncEngine against the simulated retailCRM and Calltouch: two weeks of
// leads (a cycle per day), CRM users changing orders between cycles, chats through the webhook receiver,
// and in the last half hour the failures an admin can meet (a 500 after every retry, deals refused with
// 503, an unreadable journal, impossible dates, a rejected token, a missing permission), plus a resend
// and a lead waiting for its delay. Every row is what the engine writes, in its own words and codes: the
// UI tests and the screenshots show what a user would see. The scenario ends at the wall clock (the
// dashboard counts the last 14 days by it).
//
// Not reached: a rate-limit error (a refused request waits 250 ms doubling, eight times, before it
// fails) and a store failure (it needs the write lock held past the busy timeout).
//
// The database is built once per test process (3 to 7 s) and copied for each test.

#include <memory>
#include <random>

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "syncfixture.h"

namespace LeadBridge::TestSupport {

/// What the scenario made, for tests that look for a particular row.
struct EngineSeedInfo
{
    QString path; ///< the cached database (do not open it: copy it with engineSeededDatabase())
    qint64 buildMs = 0;
    QDateTime now; ///< the scenario's clock at its end (UTC)
    int cycles = 0;
};

namespace EngineSeedDetail {

    inline constexpr const char *kWebhookSecret = "seed-webhook-secret-0123456789";

    struct Scenario
    {
        SyncFixture f;
        quint16 webhookPort = 0;
        std::mt19937 random { 14 };
        QNetworkAccessManager nam;
        int cycles = 0;
        int phoneCounter = 0;

        int pick(int bound) { return int(random() % quint32(bound)); }

        QString phone(int n) const
        {
            return QStringLiteral("+7916%1").arg(3000000 + n, 7, 10, QLatin1Char('0'));
        }

        void startEngine()
        {
            f.engine = std::make_unique<SyncEngine>(f.config, f.databasePath());
            f.engine->setClock([this] { return f.now; });
            f.engine->setRateLimitsEnabled(false);
            f.engine->setRetryBackoff(1, 5);
            QSignalSpy listening(f.engine.get(), &SyncEngine::webhookListening);
            f.engine->initialize();
            if (!listening.isEmpty())
                webhookPort = listening.first().first().value<quint16>();
        }

        void cycle()
        {
            f.cycle();
            ++cycles;
        }

        int post(const QString &kind, const QByteArray &body)
        {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/%2/%3")
                                             .arg(webhookPort)
                                             .arg(QLatin1String(kWebhookSecret), kind)));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(5000);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        }

        qint64 crmCustomer(const QString &phone, const QString &name, int daysAgo)
        {
            RetailCrm::Customer customer;
            customer.firstName = name;
            customer.phones << phone;
            customer.createdAt = f.now.addDays(-daysAgo);
            return f.crm->addCustomer(customer);
        }

        qint64 crmOrder(qint64 customerId, const QString &status, int daysAgo, const QString &site,
            const QString &phone = {}, const QString &total = QStringLiteral("18490.00"))
        {
            RetailCrm::Order order;
            order.customerId = customerId;
            order.status = status;
            order.site = site;
            order.phone = phone;
            order.createdAt = f.now.addDays(-daysAgo);
            order.totalSumm = total;
            return f.crm->addOrder(order);
        }

        /// CRM users' customers and orders before LeadBridge starts: each decides a rule for the leads
        /// that come from their phones.
        void crmUsersData()
        {
            RetailCrm::User manager;
            manager.firstName = QStringLiteral("Наталья");
            manager.lastName = QStringLiteral("Орлова");
            f.crm->addUser(manager);
            const QStringList names { QStringLiteral("Анна Смирнова"), QStringLiteral("Игорь Петров"),
                QStringLiteral("Ольга Кузнецова"), QStringLiteral("Дмитрий Волков") };
            for (int i = 0; i < 40; ++i) {
                const qint64 customer = crmCustomer(phone(i), names.at(i % names.size()), 60);
                const int kind = i % 4;
                if (kind == 0) // an open order without a lead: the first lead updates it
                    crmOrder(customer, QStringLiteral("new"), 20, QStringLiteral("main-shop"));
                else if (kind == 1) // completed: a new order
                    crmOrder(customer, QStringLiteral("complete"), 25, QStringLiteral("outlet"));
                else if (kind == 2) // cancelled: a new order
                    crmOrder(customer, QStringLiteral("cancel-other"), 30, QStringLiteral("main-shop"));
                // kind 3: a customer without orders
            }
        }

        /// A lead of a visitor at @p at; phones repeat so that later leads meet earlier orders.
        void visitorLead(const QDateTime &at)
        {
            static const QStringList sources { QStringLiteral("yandex"), QStringLiteral("google"),
                QStringLiteral("vk"), QString(), QStringLiteral("avito") };
            static const QStringList mediums { QStringLiteral("cpc"), QStringLiteral("cpc"),
                QStringLiteral("social"), QString(), QStringLiteral("referral") };
            static const QStringList campaigns { QStringLiteral("spring_sale"), QStringLiteral("brand"),
                QStringLiteral("retargeting"), QString(), QStringLiteral("sofas_msk") };
            static const QStringList names { QStringLiteral("Мария"), QStringLiteral("Сергей"),
                QStringLiteral("Елена"), QStringLiteral("Алексей") };
            static const QStringList subjects { QStringLiteral("Заказать обратный звонок"),
                QStringLiteral("Вопрос о доставке"), QStringLiteral("Форма на странице товара") };
            Calltouch::SimLead lead;
            lead.at = at;
            const int roll = pick(100);
            // 30 % known CRM customers, 25 % repeat visitors, the rest new people.
            if (roll < 30)
                lead.phone = phone(pick(40));
            else if (roll < 55 && phoneCounter > 0)
                lead.phone = phone(100 + pick(phoneCounter));
            else
                lead.phone = phone(100 + phoneCounter++);
            const int utm = pick(sources.size());
            lead.utmSource = sources.at(utm);
            lead.utmMedium = mediums.at(utm);
            lead.utmCampaign = campaigns.at(utm);
            lead.source = lead.utmSource;
            lead.medium = lead.utmMedium;
            if (pick(3) == 0) {
                lead.name = names.at(pick(names.size()));
                lead.subject = subjects.at(pick(subjects.size()));
                const int contact = pick(12);
                if (contact == 0) {
                    lead.phone.clear(); // no contact at all
                } else if (contact == 1) {
                    lead.phone.clear();
                    lead.email = QStringLiteral("client%1@example.ru").arg(phoneCounter++);
                }
                f.ct->addRequest(lead);
            } else {
                f.ct->addCall(lead);
            }
        }

        /// A CRM user's work between two cycles: statuses and totals change, an order comes in by
        /// phone from a number no lead knows, and one without any contact.
        void crmUsersWork(int day)
        {
            const QList<RetailCrm::Order> orders = f.crm->orders();
            if (orders.isEmpty())
                return;
            static const QStringList next { QStringLiteral("assembling"), QStringLiteral("complete"),
                QStringLiteral("cancel-other"), QStringLiteral("client-confirmed") };
            for (int i = 0; i < 3; ++i) {
                const RetailCrm::Order &order = orders.at(pick(orders.size()));
                (void)f.crm->setOrderStatus(order.id, next.at(pick(next.size())));
            }
            (void)f.crm->setOrderTotal(
                orders.at(pick(orders.size())).id, QStringLiteral("%1.00").arg(5000 + pick(90000)));
            if (day % 3 == 0)
                crmOrder(0, QStringLiteral("new"), 0, QStringLiteral("outlet"), phone(900 + day));
            if (day % 5 == 0)
                crmOrder(0, QStringLiteral("new"), 0, QStringLiteral("main-shop"));
        }

        void build()
        {
            // The scenario ends now (to the minute): the dashboard counts the last 14 days by the wall
            // clock.
            const QDateTime wall = QDateTime::currentDateTimeUtc();
            const QDateTime end(wall.date(), QTime(wall.time().hour(), wall.time().minute()), Qt::UTC);
            f.now = end.addDays(-15);
            f.config.since = f.now.date();
            f.config.dealSync = true;
            f.config.leadKinds = { QStringLiteral("call"), QStringLiteral("request") };
            f.config.webhookListen = QStringLiteral("127.0.0.1:0");
            f.config.webhookSecret = QLatin1String(kWebhookSecret);
            // The CRM's own names for its shops (data, shown as the CRM names them).
            RetailCrm::Site main;
            main.code = QStringLiteral("main-shop");
            main.name = QStringLiteral("Мебель Москва");
            main.ordering = 1;
            RetailCrm::Site outlet;
            outlet.code = QStringLiteral("outlet");
            outlet.name = QStringLiteral("Аутлет");
            outlet.ordering = 2;
            f.crm->addSite(main);
            f.crm->addSite(outlet);
            crmUsersData();
            startEngine();

            // Two weeks, a cycle a day in the evening. Chats are switched on for the second week.
            for (int day = 14; day >= 1; --day) {
                const QDateTime morning = end.addDays(-day).addSecs(-4 * 3600); // 08:00 UTC
                const int count = 12 + pick(14) + (day % 7 < 2 ? -6 : 0);
                for (int i = 0; i < count; ++i)
                    visitorLead(morning.addSecs(pick(10 * 3600)));
                f.now = morning.addSecs(11 * 3600);
                if (day == 7) {
                    f.config.leadKinds << QStringLiteral("chat");
                    f.engine->reconfigure(f.config);
                }
                if (day <= 7) {
                    const QByteArray chat =
                        QStringLiteral("id=%1&phone=%2&email=&name=%3&utm_source=site")
                            .arg(95000 + day)
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(phone(200 + day))),
                                QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Оля"))))
                            .toLatin1();
                    post(QStringLiteral("chat"), chat);
                }
                crmUsersWork(day);
                cycle();
            }
            f.now = end.addSecs(-1800);
            failures(end);
            f.engine.reset(); // the connection closes; the file is complete
        }

        /// The failures of the last half hour, in the order an admin meets them; they stay open.
        void failures(const QDateTime &end)
        {
            const QString customers = QStringLiteral("GET /api/v5/customers");
            // A resend: the history of a lead gets a second outcome.
            {
                Store store(QStringLiteral("seed-resend"));
                if (store.open(f.databasePath()).isOk()) {
                    const qint64 lead =
                        store.scalar(QStringLiteral("SELECT min(id) FROM leads WHERE state='skipped'"))
                            .toLongLong();
                    if (lead > 0) {
                        QSignalSpy processed(f.engine.get(), &SyncEngine::leadProcessed);
                        f.engine->resendLead(lead);
                        processed.wait(10000);
                    }
                }
            }
            // Webhook calls with impossible dates: failed, not retried by themselves.
            const QByteArray future = QByteArray::number(f.now.addDays(40).toSecsSinceEpoch());
            post(QStringLiteral("call"), "id=98001&callerphone=%2B79160000901&timestamp=" + future);
            post(QStringLiteral("call"), "id=98002&callerphone=%2B79160000902&timestamp=99999999999999");
            // 500 on every try: the lead fails and waits for a retry (not due before the end). A rate
            // limit is no error the engine records within reach: a refused request waits 250 ms
            // doubling, eight times. Calltouch refuses a new deal (503 on every try of the batch, 1 s
            // apart: its Retry-After).
            f.now = f.now.addSecs(300);
            f.ct->addCall(f.now.addSecs(-600), phone(700));
            f.crm->server()->injectFault(customers, SimFault::Http500, 4);
            crmOrder(0, QStringLiteral("new"), 0, QStringLiteral("main-shop"), phone(950));
            f.ct->server()->injectFault(QStringLiteral("POST client-order/create"), SimFault::Http503, 4);
            cycle();
            // The Calltouch token is rejected (the sync stops); then the retailCRM key lacks the
            // permission to create orders (the lead fails, the sync goes on), and the requests journal
            // is unreadable.
            f.now = f.now.addSecs(10);
            SyncConfig wrongToken = f.config;
            wrongToken.calltouchToken = QStringLiteral("Xy7/wrong.token.0000000000000000000000000000000");
            f.engine->reconfigure(wrongToken);
            cycle();
            f.now = f.now.addSecs(10);
            f.ct->addCall(f.now.addSecs(-300), phone(701));
            const QString limited = QStringLiteral("limited-retailcrm-key-0123456789");
            f.crm->addLimitedApiKey(limited, { QStringLiteral("order_write") });
            SyncConfig missingPermission = f.config;
            missingPermission.retailCrmApiKey = limited;
            f.engine->reconfigure(missingPermission);
            f.ct->server()->injectFault(QStringLiteral("GET requests"), SimFault::BrokenJson, 1);
            cycle();
            // A call that came by webhook a moment ago: it waits for the lead delay.
            f.now = end;
            post(QStringLiteral("call"),
                "id=98003&callerphone=%2B79160000903&timestamp="
                    + QByteArray::number(f.now.addSecs(-10).toSecsSinceEpoch()));
        }
    };

    inline EngineSeedInfo &cache()
    {
        static EngineSeedInfo info;
        return info;
    }

    inline QTemporaryDir &cacheDir()
    {
        static QTemporaryDir dir;
        return dir;
    }

} // namespace EngineSeedDetail

/// Builds the engine-made database once per process; returns what was made (path empty on failure).
inline const EngineSeedInfo &engineSeed()
{
    EngineSeedInfo &info = EngineSeedDetail::cache();
    if (!info.path.isEmpty())
        return info;
    QElapsedTimer timer;
    timer.start();
    const QString path = EngineSeedDetail::cacheDir().filePath(QStringLiteral("engine-made.db"));
    {
        EngineSeedDetail::Scenario scenario;
        scenario.build();
        QFile::remove(path);
        if (!QFile::copy(scenario.f.databasePath(), path))
            return info;
        // A connection left open would leave a write-ahead log; it belongs to the copy then.
        const QString wal = scenario.f.databasePath() + QStringLiteral("-wal");
        if (QFile::exists(wal) && !QFile::copy(wal, path + QStringLiteral("-wal")))
            return info;
        info.now = scenario.f.now;
        info.cycles = scenario.cycles;
    }
    info.buildMs = timer.elapsed();
    info.path = path;
    return info;
}

/// A fresh copy of the engine-made database at @p target (replaced); false when it cannot be made.
inline bool engineSeededDatabase(const QString &target)
{
    const EngineSeedInfo &info = engineSeed();
    if (info.path.isEmpty())
        return false;
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-wal"));
    if (!QFile::copy(info.path, target))
        return false;
    const QString wal = info.path + QStringLiteral("-wal");
    if (QFile::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal")))
        return false;
    return QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace LeadBridge::TestSupport
