#pragma once

#include <optional>

#include <QVector>

#include "store/queries/dealstable.h"
#include "store/queries/errorstable.h"
#include "store/queries/leadstable.h"
#include "store/queries/orderstable.h"

namespace LeadBridge {

class Store;

/// One entry of a lead's history (lead_outcomes).
struct LeadHistoryEntry
{
    qint64 at = 0; ///< UTC ms
    Db::LeadAction action = Db::LeadAction::None;
    Db::LeadReason reason = Db::LeadReason::None;
    Problem failure; ///< why the attempt failed
    qint64 orderId = 0; ///< the order the attempt concerns (0 = none)
    QString orderNumber; ///< its number, when LeadBridge knows the order
};

/// Everything about one lead: its row, the fields the table leaves out, and its history, oldest first.
struct LeadDetails
{
    LeadRecord row;
    QString subject;
    QString utmContent;
    QString utmTerm;
    QString rawJson;
    QVector<LeadHistoryEntry> history;
};

/// One lead→order action (an Orders tab row) and the lead's contact and UTM tags.
struct OrderDetails
{
    OrderRecord row;
    QString phone;
    QString email;
    QString utmSource, utmMedium, utmCampaign, utmContent, utmTerm;
};

/// A deal's row and the fields the table leaves out.
struct DealDetails
{
    DealRecord row;
    QString phone;
    QString email;
    QString calltouchDealId;
};

/// The rows behind the details dialog, each read by its key; nothing when there is no such row.
class DetailsQuery
{
public:
    [[nodiscard]] static std::optional<LeadDetails> lead(Store *store, qint64 id);
    /// @p key is the Orders tab's row key (the lead's local id).
    [[nodiscard]] static std::optional<OrderDetails> order(Store *store, qint64 key);
    [[nodiscard]] static std::optional<DealDetails> deal(Store *store, qint64 orderId);
    [[nodiscard]] static std::optional<ErrorRecord> error(Store *store, qint64 id);
};

} // namespace LeadBridge
