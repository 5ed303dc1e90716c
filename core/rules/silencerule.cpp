#include "silencerule.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace LeadBridge::Sync {

namespace {

    constexpr qint64 kHourMs = 3600LL * 1000;
    constexpr qint64 kDayMs = 24 * kHourMs;
    constexpr int kSlots = 7 * 24;

    int slotOf(const QDateTime &local)
    {
        return (local.date().dayOfWeek() - 1) * 24 + local.time().hour();
    }

    /// The usual flow per weekday and hour.
    struct Flow
    {
        std::array<int, kSlots> days {}; ///< how many times the slot was observed
        std::array<int, kSlots> events {};
        std::array<int, kSlots> busyDays {}; ///< observed with at least one event
        std::array<QList<qint64>, kSlots> gaps; ///< working-time gaps that ended in the slot

        [[nodiscard]] bool working(int slot) const
        {
            return days[slot] > 0 && busyDays[slot] * 2 >= days[slot];
        }

        [[nodiscard]] qint64 usualGap(int slot) const
        {
            QList<qint64> sorted = gaps[slot];
            if (sorted.isEmpty())
                return 0;
            std::sort(sorted.begin(), sorted.end());
            const auto rank = qsizetype(std::ceil(0.9 * double(sorted.size()))) - 1;
            return sorted.at(qBound(qsizetype(0), rank, sorted.size() - 1));
        }

        /// The part of [from, to) that falls in working hours.
        [[nodiscard]] qint64 workingTime(qint64 from, qint64 to, const QTimeZone &zone) const
        {
            qint64 total = 0;
            for (qint64 at = from; at < to;) {
                const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
                const QTime time = local.time();
                const qint64 into = (time.minute() * 60LL + time.second()) * 1000 + time.msec();
                const qint64 end = qMin(to, at + kHourMs - into);
                if (working(slotOf(local)))
                    total += end - at;
                at = end;
            }
            return total;
        }
    };

    /// Learns from the whole days between @p startMs and today (today is still under way).
    Flow learn(const QList<qint64> &history, qint64 startMs, qint64 nowMs, const QTimeZone &zone)
    {
        Flow flow;
        const QDate first = QDateTime::fromMSecsSinceEpoch(startMs, zone).date();
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
        for (QDate day = first; day < today; day = day.addDays(1)) {
            for (int hour = 0; hour < 24; ++hour)
                ++flow.days[(day.dayOfWeek() - 1) * 24 + hour];
        }
        QList<qint64> learnt;
        QDate lastDay;
        int lastSlot = -1;
        for (const qint64 at : history) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
            if (local.date() < first || local.date() >= today)
                continue;
            const int slot = slotOf(local);
            ++flow.events[slot];
            if (local.date() != lastDay || slot != lastSlot)
                ++flow.busyDays[slot];
            lastDay = local.date();
            lastSlot = slot;
            learnt.append(at);
        }
        for (qsizetype i = 1; i < learnt.size(); ++i) {
            const int slot = slotOf(QDateTime::fromMSecsSinceEpoch(learnt.at(i), zone));
            flow.gaps[slot].append(flow.workingTime(learnt.at(i - 1), learnt.at(i), zone));
        }
        return flow;
    }

} // namespace

SilenceVerdict SilenceRule::evaluate(const SilenceInput &input, const SilenceThresholds &thresholds)
{
    using Reason = SilenceVerdict::Reason;
    SilenceVerdict verdict;
    const QTimeZone zone = input.zone.isValid() ? input.zone : QTimeZone::utc();
    if (input.lastMs > 0)
        verdict.last = QDateTime::fromMSecsSinceEpoch(input.lastMs, zone);
    if (!thresholds.enabled)
        return verdict;
    const qint64 firstMs =
        input.firstMs > 0 ? input.firstMs : (input.history.isEmpty() ? 0 : input.history.first());
    if (firstMs <= 0 || input.nowMs - firstMs < kMinimumHistoryDays * kDayMs) {
        verdict.reason = Reason::TooLittleHistory;
        return verdict;
    }
    if (input.lastMs <= 0) {
        verdict.reason = Reason::NoEvent;
        return verdict;
    }
    if (input.needsNewerHistory && (input.history.isEmpty() || input.history.last() <= input.lastMs)) {
        verdict.reason = Reason::NothingWaiting;
        return verdict;
    }
    const Flow flow =
        learn(input.history, qMax(firstMs, input.nowMs - kLearningDays * kDayMs), input.nowMs, zone);
    const int slot = slotOf(QDateTime::fromMSecsSinceEpoch(input.nowMs, zone));
    if (flow.days[slot] > 0)
        verdict.usualPerHour = qMax(1, int(std::lround(double(flow.events[slot]) / flow.days[slot])));
    if (!flow.working(slot)) {
        verdict.reason = Reason::OffHours;
        return verdict;
    }
    verdict.silenceMs = flow.workingTime(input.lastMs, input.nowMs, zone);
    verdict.thresholdMs = qMax(qint64(std::llround(thresholds.factor * double(flow.usualGap(slot)))),
        qint64(thresholds.minimumHours) * kHourMs);
    verdict.reason = verdict.silenceMs > verdict.thresholdMs ? Reason::Silent : Reason::WithinUsual;
    return verdict;
}

} // namespace LeadBridge::Sync
