#pragma once

#include <functional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include "net/apierror.h"
#include "store/problem.h"
#include "store/states.h"
#include "sync/syncconfig.h"
#include "sync/syncevents.h"
#include "sync/syncprogress.h"

namespace LeadBridge {

class Store;
class SyncStore;
struct StoreResult;
namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// What the phases of a cycle share: the clients, the store, the configuration, the clock, the crash
/// hook, the reference data kept between cycles and the running cycle's state. The engine owns it and
/// forwards its signals; phases hold a reference.
class SyncContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncContext)
public:
    explicit SyncContext(QObject *parent = nullptr)
        : QObject(parent)
    {}

    SyncConfig config;
    Store *store = nullptr;
    SyncStore *sync = nullptr;
    RetailCrm::Client *retail = nullptr;
    Calltouch::Client *calltouch = nullptr;
    std::function<QDateTime()> clock;
    std::function<bool(const QString &point)> crashHook;

    // The running cycle.
    SyncSummary summary;
    bool stopping = false;
    bool dead = false; ///< a crash hook fired: nothing more is written or sent
    bool connected = false;
    bool leadIndexComplete = true; ///< false when a Calltouch journal could not be read this cycle
    bool storeBroken = false; ///< a store write failed this cycle: nothing more is sent
    bool storeFailureShown = false; ///< reported already (until a cycle writes again)
    QString lastError;
    SyncProgress lastProgress; ///< the last one sent
    QElapsedTimer progressClock; ///< since lastProgress was sent

    // The deal direction's own schedule (monotonic wall time, not the business clock).
    QElapsedTimer dealClock;
    qint64 lastDealPassMs = -1; ///< on dealClock; -1 = none yet
    /// The deal direction is due (enabled, and an interval has passed since its last pass).
    [[nodiscard]] bool dealPassDue() const;
    /// The deal direction starts now.
    void markDealPass();

    // Reference data, kept between cycles.
    bool fieldsReady = false;
    QHash<QString, QString> statusGroups; ///< status code -> group code
    QString defaultShop;
    QDateTime referenceLoadedAt;
    QHash<qint64, QString> userNames;
    QTimeZone accountZone; ///< from retailCRM's settings; invalid until read
    bool usersLoaded = false;

    /// The account's time zone (from retailCRM's settings, else the configured one): every conversion
    /// between a date-time of the APIs and UTC uses it.
    [[nodiscard]] QTimeZone timeZone() const;
    /// Sets the account's zone on the context and on both clients (an invalid zone changes nothing).
    void setTimeZone(const QTimeZone &zone);
    /// The Calltouch project's zone (a setting): its journals' days and its local times.
    [[nodiscard]] QTimeZone calltouchZone() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    /// A crash point ("<step>:before" / "<step>:after"): true when the engine is dead (now or before).
    [[nodiscard]] bool crashAt(const QString &point);
    /// The first day whose leads are synced (the configured "since" date, else the first start).
    [[nodiscard]] QDate sinceDate() const;
    [[nodiscard]] qint64 sinceMs() const;
    /// When a failed lead or deal is tried again, from now.
    [[nodiscard]] qint64 retryAt(int attempts, const ApiError &error) const;
    /// The store's backlog: leads and deals still to go.
    [[nodiscard]] int backlog() const;
    /// Records an error in the store, counts it in the summary and reports it.
    void reportError(Db::ErrorDirection direction, const QString &item, const Problem &problem);
    /// True when @p result is ok; else the store failed: the cycle stops (storeBroken), and the failure
    /// is reported once (an error row if the store can still write it, and storeFailed()).
    [[nodiscard]] bool stored(const StoreResult &result);
    /// A failed read that something depends on: as a failed write.
    void failStore(const QString &error);
    /// What the cycle does now, for the status bar. A new step is sent at once; counts within a step at
    /// most every kProgressIntervalMs (and the last one, done == total), so 1000 leads do not flood the GUI.
    void reportProgress(SyncProgress::Step step, int done = 0, int total = 0);
    static constexpr int kProgressIntervalMs = 200;

signals:
    void leadProcessed(const LeadBridge::LeadOutcome &outcome);
    void dealChanged(qint64 orderId);
    /// @p message: the problem's sentence, made now in the current language (the store keeps the code).
    void errorRecorded(LeadBridge::Db::ErrorDirection direction, const QString &item, const QString &message);
    void credentialsRejected(const QString &service, const QString &message);
    /// The local database failed; the cycle stopped. Once per failure, translated.
    void storeFailed(const QString &message);
    void crashed(const QString &point);
    void progress(const LeadBridge::SyncProgress &progress);
};

} // namespace LeadBridge
