#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "store/store.h"

namespace LeadBridge {

/// How a sync cycle ended: a code in the run log, worded at display time.
enum class RunResult {
    Ok, ///< everything due was done
    ItemsFailed, ///< the cycle ran through, some leads or deals failed (they are retried)
    ReadsFailed, ///< a read failed (a journal, the history, a service down): its items wait
    Configuration, ///< stopped by something only the admin can fix (key, permission, setup)
    StoreFailure, ///< the local database could not be written; the cycle stopped
};

/// One cycle in the run log: times, counts per action and how it ended, as codes.
struct RunRecord
{
    qint64 id = 0;
    qint64 startedAtMs = 0; ///< UTC ms
    qint64 durationMs = 0;
    int leadsFetched = 0;
    int ordersCreated = 0;
    int ordersUpdated = 0;
    int leadsSkipped = 0;
    int leadsWithoutContact = 0;
    int leadsFailed = 0;
    int dealsCreated = 0;
    int dealsUpdated = 0;
    int dealsFailed = 0;
    int errors = 0; ///< new error records of the cycle
    int readsFailed = 0;
    RunResult result = RunResult::Ok;
    QString stoppedBy; ///< "retailCRM", "Calltouch", "database"; empty when nothing stopped the cycle
    QString stopCode; ///< ApiError::kindName() or "store"
    int httpStatus = 0;
};

/// The run log: one row per sync cycle, written by the engine at the end of a cycle, kept kKeepDays.
/// Works on any Store connection (the engine's writes, the GUI's reads).
class RunLog
{
public:
    static constexpr int kKeepDays = 90;
    static constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

    struct Filter
    {
        qint64 fromMs = 0; ///< started at or after (0: any)
        std::optional<RunResult> result; ///< only this result
        bool failuresOnly = false; ///< only results other than Ok
        int limit = 10000;
    };

    explicit RunLog(Store &store)
        : m_store(store)
    {}

    [[nodiscard]] StoreResult append(const RunRecord &record);
    /// Deletes the runs that started more than kKeepDays before @p nowMs; changed = some were deleted.
    [[nodiscard]] StoreResult prune(qint64 nowMs);
    /// The runs that match @p filter, newest first. @p ok (optional) is false when the read failed.
    [[nodiscard]] QList<RunRecord> read(const Filter &filter, bool *ok = nullptr) const;
    [[nodiscard]] int count(bool *ok = nullptr) const;

    [[nodiscard]] static QString toDb(RunResult result);
    [[nodiscard]] static RunResult resultFromDb(const QString &code);

private:
    Store &m_store;
};

} // namespace LeadBridge
