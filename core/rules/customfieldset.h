#pragma once

#include <QList>

#include "calltouch/calltouchtypes.h"
#include "retailcrm/retailcrmtypes.h"

namespace LeadBridge::Sync {

/// The custom order fields LeadBridge keeps in retailCRM (codes are fixed; names are shown in the CRM).
namespace FieldCode {
    inline const QString SiteId = QStringLiteral("calltouch_site_id");
    inline const QString CallId = QStringLiteral("calltouch_call_id");
    inline const QString RequestId = QStringLiteral("calltouch_request_id");
    inline const QString ChatId = QStringLiteral("calltouch_chat_id");
    inline const QString UtmSource = QStringLiteral("utm_source");
    inline const QString UtmMedium = QStringLiteral("utm_medium");
    inline const QString UtmCampaign = QStringLiteral("utm_campaign");
    inline const QString UtmContent = QStringLiteral("utm_content");
    inline const QString UtmTerm = QStringLiteral("utm_term");
} // namespace FieldCode

/// The nine fields, in the order the wizard creates them; names in the current UI language.
[[nodiscard]] QList<RetailCrm::CustomField> requiredCustomFields();
/// The field that holds a lead's ID for its kind.
[[nodiscard]] QString leadIdField(Calltouch::Lead::Kind kind);
/// The order externalId LeadBridge sets for an order created from a lead: a repeated create fails.
[[nodiscard]] QString orderExternalId(Calltouch::Lead::Kind kind, const QString &leadId);
/// The customer externalId for a customer created from a lead.
[[nodiscard]] QString customerExternalId(Calltouch::Lead::Kind kind, const QString &leadId);

} // namespace LeadBridge::Sync
