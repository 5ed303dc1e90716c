#pragma once

// A retailCRM and a Calltouch simulation on loopback, a clock the test moves, and an engine (in the
// test's thread, so crash hooks are simple) on a temporary database. Rate limits are off unless a test
// turns them on.
#include <memory>

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"
#include "store/store.h"
#include "sync/syncengine.h"

namespace LeadBridge::TestSupport {

struct SyncFixture
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    std::unique_ptr<RetailCrm::Simulator> crm;
    std::unique_ptr<Calltouch::Simulator> ct;
    std::unique_ptr<SyncEngine> engine;
    SyncConfig config;
    const QString apiKey = QStringLiteral("test-retailcrm-key-0123456789");
    bool rateLimits = false; ///< the engine's own limiters (the simulations' limits are set separately)

    SyncFixture()
    {
        crm = std::make_unique<RetailCrm::Simulator>();
        ct = std::make_unique<Calltouch::Simulator>();
        crm->setClock([this] { return now; });
        ct->setClock([this] { return now; });
        crm->setRateLimit(0);
        ct->server()->setRateLimit(0);
        crm->start();
        ct->start();
        RetailCrm::Site first;
        first.code = QStringLiteral("main-shop");
        first.name = QStringLiteral("Main shop");
        first.ordering = 1;
        RetailCrm::Site second;
        second.code = QStringLiteral("outlet");
        second.name = QStringLiteral("Outlet");
        second.ordering = 2;
        crm->addSite(second);
        crm->addSite(first);
        crm->addDefaultStatuses();
        crm->addApiKey(apiKey);

        config.retailCrmUrl = crm->url();
        config.retailCrmApiKey = apiKey;
        config.calltouchApiUrl = ct->url();
        config.calltouchSiteId = ct->siteId();
        config.calltouchToken = ct->token();
        config.since = now.date().addDays(-3);
        config.leadDelaySeconds = 60;
        config.dealSync = false;
        config.leadKinds = { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") };
    }

    QString databasePath() const { return dir.filePath(QStringLiteral("leadbridge.db")); }

    SyncEngine *makeEngine(std::function<bool(const QString &)> crashHook = {})
    {
        engine.reset();
        engine = std::make_unique<SyncEngine>(config, databasePath());
        engine->setClock([this] { return now; });
        engine->setRateLimitsEnabled(rateLimits);
        engine->setRetryBackoff(10, 50);
        if (crashHook)
            engine->setCrashHook(std::move(crashHook));
        engine->initialize();
        return engine.get();
    }

    /// Runs one cycle; returns its summary (or an empty one if the engine crashed on purpose). A cycle
    /// that does not finish in time fails the running test (QTest::qFail records the failure; the test
    /// function goes on, so its later checks cannot turn "nothing happened" into a pass).
    SyncSummary cycle(int timeoutMs = 60000)
    {
        // A real event loop (QTest::qWaitFor sleeps 10 ms between turns, which would dominate timings).
        SyncSummary summary;
        bool done = false;
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::cycleFinished, &loop, [&](const SyncSummary &s) {
            summary = s;
            done = true;
            loop.quit();
        });
        QObject::connect(engine.get(), &SyncEngine::crashed, &loop, [&] {
            done = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        engine->syncNow();
        if (!done)
            loop.exec();
        if (!done)
            QTest::qFail("the sync cycle did not finish in time", __FILE__, __LINE__);
        return summary;
    }

    /// A look at the engine's database through a connection of the test's own.
    QVariant sql(const QString &query, const QVariantList &values = {})
    {
        Store store(QStringLiteral("test"));
        if (!store.open(databasePath()).isOk())
            return {};
        return store.scalar(query, values);
    }

    qint64 addCustomer(const QString &phone, const QString &email = {}, int daysAgo = 30)
    {
        RetailCrm::Customer customer;
        customer.firstName = QStringLiteral("Иван");
        if (!phone.isEmpty())
            customer.phones << phone;
        customer.email = email;
        customer.createdAt = now.addDays(-daysAgo);
        return crm->addCustomer(customer);
    }

    qint64 addOrder(
        qint64 customerId, const QString &status, int daysAgo = 5, const QString &siteIdField = {})
    {
        RetailCrm::Order order;
        order.customerId = customerId;
        order.status = status;
        order.site = QStringLiteral("main-shop");
        order.createdAt = now.addDays(-daysAgo);
        order.totalSumm = QStringLiteral("1500.00");
        if (!siteIdField.isEmpty())
            order.customFields.insert(QStringLiteral("calltouch_site_id"), siteIdField);
        return crm->addOrder(order);
    }
};

} // namespace LeadBridge::TestSupport
