#pragma once

// An account the engine has synced, for the reconciliation's tests: three leads with a contact became
// orders and the orders deals (and a request without a contact became nothing). The reconciliation can
// be run on its own (what `--reconcile` does) or through the engine (what the window does), and a kept
// line's fix clicked.
#include <optional>

#include <QSignalSpy>
#include <QTest>

#include "rules/customfieldset.h"
#include "store/reconcilestore.h"
#include "sync/reconciler.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

namespace LeadBridge::TestSupport {

struct ReconcileWorld
{
    SyncFixture f;
    qint64 callA = 0;
    qint64 callB = 0;
    qint64 request = 0;
    /// Reconciler::planned of the last reconcile().
    QVariantList lastPlanned;

    ReconcileWorld()
    {
        f.config.dealSync = true;
        f.config.leadKinds = { QStringLiteral("call"), QStringLiteral("request") };
        callA = f.ct->addCall(f.now.addDays(-2), QStringLiteral("8 (916) 000-00-01"),
            QStringLiteral("yandex"), QStringLiteral("cpc"), QStringLiteral("spring"));
        callB = f.ct->addCall(f.now.addDays(-1), QStringLiteral("+79160000002"));
        request = f.ct->addRequest(f.now.addSecs(-3 * 3600), {}, QStringLiteral("anna@example.ru"),
            QStringLiteral("Анна"), QStringLiteral("Заявка"));
        f.ct->addRequest(f.now.addSecs(-2 * 3600), {}, {}, QStringLiteral("Без контакта"));
    }

    /// Syncs until every order has its deal (the engine's own cycles): @p expectedOrders orders.
    bool sync(int expectedOrders = 3)
    {
        f.makeEngine();
        for (int i = 0; i < 3; ++i)
            f.cycle();
        // The report leaves out what the engine may not have handled yet (younger than a cycle): the
        // reconciliation runs a while after the sync.
        f.now = f.now.addSecs(600);
        const QList<RetailCrm::Order> orders = f.crm->orders();
        if (orders.size() != expectedOrders)
            return false;
        for (const auto &order : orders) {
            if (f.ct->deal(QString::number(order.id)).orderNumber.isEmpty())
                return false;
        }
        return true;
    }

    /// The CRM orders holding @p leadId in @p field.
    QList<qint64> ordersHolding(qint64 leadId, const QString &field = Sync::FieldCode::CallId) const
    {
        QList<qint64> ids;
        for (const auto &order : f.crm->orders()) {
            if (order.customFields.value(field) == QString::number(leadId))
                ids << order.id;
        }
        return ids;
    }
    qint64 orderOf(qint64 leadId, const QString &field = Sync::FieldCode::CallId) const
    {
        return ordersHolding(leadId, field).value(0);
    }

    /// A Reconciler of its own, as `leadbridge --reconcile` runs it.
    ReconcileReport reconcile(const QDate &from = {}, const QDate &to = {})
    {
        Reconciler reconciler(f.config);
        reconciler.setClock([this] { return f.now; });
        reconciler.setRateLimitsEnabled(false);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        QSignalSpy planned(&reconciler, &Reconciler::planned);
        reconciler.run(from, to);
        if (!finished.wait(60000))
            QTest::qFail("the reconciliation did not finish", __FILE__, __LINE__);
        lastPlanned = planned.isEmpty() ? QVariantList() : planned.first();
        return reconciler.report();
    }

    /// Through the engine, as the window asks for it: the report as the engine kept it.
    ReconcileReport engineReconcile(const QDate &from = {}, const QDate &to = {})
    {
        QSignalSpy finished(f.engine.get(), &SyncEngine::reconcileFinished);
        f.engine->reconcile(from, to);
        if (!finished.wait(60000)) {
            QTest::qFail("the reconciliation did not finish", __FILE__, __LINE__);
            return {};
        }
        return finished.first().first().value<ReconcileReport>();
    }

    /// Clicks a kept line's fix; what became of it.
    ReconcileLine::Fix fix(qint64 lineId)
    {
        QSignalSpy fixed(f.engine.get(), &SyncEngine::reconcileFixed);
        f.engine->fixReconcileLine(lineId);
        if (fixed.isEmpty() && !fixed.wait(10000)) {
            QTest::qFail("the fix was not answered", __FILE__, __LINE__);
            return ReconcileLine::Fix::None;
        }
        return ReconcileLine::Fix(fixed.first().at(1).toInt());
    }

    /// The kept report, read through a connection of the test's own.
    std::optional<ReconcileReport> kept()
    {
        Store store(QStringLiteral("test"));
        if (!store.open(f.databasePath()).isOk())
            return std::nullopt;
        return ReconcileStore(store).last();
    }
};

/// The first line of @p kind in @p report, or nullptr.
inline const ReconcileLine *lineOf(const ReconcileReport &report, ReconcileLine::Kind kind)
{
    for (const auto &line : report.lines) {
        if (line.kind == kind)
            return &line;
    }
    return nullptr;
}

} // namespace LeadBridge::TestSupport
