#pragma once

#include <optional>

#include "rules/silencerule.h"
#include "store/problem.h"
#include "store/states.h"

namespace LeadBridge {

class Store;

/// What the silence alert learns from, read from the store: the times of the leads (or of the orders,
/// for the deal direction) of the last SilenceRule::kLearningDays, the first ever, and the event that
/// ends a silence. One indexed range read per direction and cycle.
class SilenceHistory
{
public:
    /// The item of the alert's error row (one per direction).
    static constexpr QStringView kItem = u"silence";

    /// Leads: occurred_at of the leads; lastMs = the newest lead. @p ok false when unreadable.
    [[nodiscard]] static Sync::SilenceInput leads(Store *store, qint64 nowMs, bool *ok);
    /// Deals: order_created_at of the deals (the orders seen); lastMs = the last deal pushed to Calltouch.
    [[nodiscard]] static Sync::SilenceInput deals(Store *store, qint64 nowMs, bool *ok);
    /// The open silence alert of @p direction, if any.
    [[nodiscard]] static std::optional<Problem> openAlert(Store *store, Db::ErrorDirection direction);
};

} // namespace LeadBridge
