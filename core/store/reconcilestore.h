#pragma once

#include <optional>

#include "store/store.h"
#include "sync/reconcilereport.h"

namespace LeadBridge {

/// The last reconciliation report (issue 17), kept so that its tab shows it after a restart and its
/// one-click fixes can be applied later: the counts, a line per thing found off (as codes, never as
/// sentences) and what became of each line's fix. Only the last run is kept. The engine writes it; the
/// window reads it through its own connection.
class ReconcileStore
{
public:
    explicit ReconcileStore(Store &store)
        : m_store(store)
    {}

    /// Replaces the kept report with @p report and gives its lines their ids (ReconcileLine::id).
    [[nodiscard]] StoreResult save(ReconcileReport &report);
    /// The kept report (ranAt, counts, lines with their fixes), or none. @p ok is false when the read
    /// failed.
    [[nodiscard]] std::optional<ReconcileReport> last(bool *ok = nullptr) const;
    /// One line of the kept report; none when a newer report replaced it.
    [[nodiscard]] std::optional<ReconcileLine> line(qint64 id) const;
    /// Notes what became of a line's fix, at @p atMs (UTC ms).
    [[nodiscard]] StoreResult setFix(qint64 lineId, ReconcileLine::Fix fix, qint64 atMs);

private:
    [[nodiscard]] QList<ReconcileLine> readLines(
        const QString &where, const QVariantList &values, bool *ok) const;

    Store &m_store;
};

} // namespace LeadBridge
