#pragma once

#include <QUrl>

namespace LeadBridge::CrmLink {

/// The page of order @p orderId in the retailCRM account at @p account: `<account>/orders/<id>/edit`.
/// Only the account's scheme, host, port and path are used: its user info, query and fragment are
/// dropped (no key ever goes into a link). Invalid for an account without a host or an id <= 0.
[[nodiscard]] QUrl orderUrl(const QUrl &account, qint64 orderId);

} // namespace LeadBridge::CrmLink
