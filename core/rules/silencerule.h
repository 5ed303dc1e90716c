#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace LeadBridge::Sync {

/// The thresholds of the silence alert (settings "silence/…").
struct SilenceThresholds
{
    bool enabled = true;
    /// The silence must be longer than this many times the longest usual gap of the hour.
    double factor = 3.0;
    /// ... and at least this long (working time).
    int minimumHours = 2;
};

/// What the rule is given: the history it learns from and the moment it judges.
struct SilenceInput
{
    /// The times (ms since the epoch) of the events whose usual flow is learnt: leads, or orders for the
    /// deal direction. Ascending; the rule learns from the last kLearningDays of them.
    QList<qint64> history;
    qint64 firstMs = 0; ///< the first event ever kept (0: the first of history)
    qint64 lastMs = 0; ///< the event that ends a silence: the last lead, or the last deal pushed (0: none)
    qint64 nowMs = 0;
    QTimeZone zone; ///< hours and weekdays are those of this zone
    /// The deal direction: only a silence while events of history keep coming after lastMs counts.
    bool needsNewerHistory = false;
};

/// The rule's answer.
struct SilenceVerdict
{
    enum class Reason {
        Disabled,
        TooLittleHistory, ///< less than kMinimumHistoryDays of history
        NoEvent, ///< nothing ever ended a silence (lastMs == 0)
        NothingWaiting, ///< needsNewerHistory, and nothing came after lastMs
        OffHours, ///< the current hour usually has no events
        WithinUsual, ///< the silence is plausible
        Silent, ///< the alert
    };
    Reason reason = Reason::Disabled;
    QDateTime last; ///< lastMs in the zone
    int usualPerHour = 0; ///< the usual number of events in the current hour (rounded, at least 1)
    qint64 silenceMs = 0; ///< working time since lastMs
    qint64 thresholdMs = 0; ///< the silence this hour tolerates

    [[nodiscard]] bool alert() const { return reason == Reason::Silent; }
};

/// The silence alert (pure): learns the usual flow per weekday and hour (in the zone) from the history,
/// and decides whether the silence since lastMs is implausible.
///
/// - An hour of a weekday is a working hour when events came in it on at least half of its days.
/// - Silence and gaps count working time only (a night or a Sunday without leads is not a silence).
/// - The longest usual gap of an hour is the 90th percentile of the gaps that ended in it (so one past
///   outage does not blunt the alert for ever).
/// - Alert: in a working hour, the silence is longer than factor × that gap and at least minimumHours.
/// - No alert with less than kMinimumHistoryDays between the first event and now.
class SilenceRule
{
public:
    static constexpr int kMinimumHistoryDays = 14;
    static constexpr int kLearningDays = 56;

    [[nodiscard]] static SilenceVerdict evaluate(
        const SilenceInput &input, const SilenceThresholds &thresholds);
};

} // namespace LeadBridge::Sync
