#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge::Calltouch {

/// A Calltouch lead of any kind, as the sync needs it.
struct Lead
{
    enum class Kind { Call, Request, Chat };
    Kind kind = Kind::Call;
    QString id; ///< callId / requestId / chat id, as text
    QDateTime occurredAt; ///< UTC
    QString phone; ///< as received (not yet canonical)
    QString email; ///< as received
    QString name; ///< fio / client name
    QString subject; ///< request form name
    QString utmSource, utmMedium, utmCampaign, utmContent, utmTerm;
    QString source, medium; ///< Calltouch's own source / channel
    QJsonObject raw; ///< the record as received

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static bool kindFromName(const QString &name, Kind *kind);
};

/// One deal for client-order/create or /update.
struct Deal
{
    QString orderNumber; ///< retailCRM order id, as text: the key in Calltouch
    QString orderName; ///< retailCRM order number
    QString funnel; ///< shop code
    QString status; ///< status code
    QString revenue; ///< decimal text
    QString manager;
    QDateTime orderDate; ///< UTC; sent in the project's zone as dd-mm-yyyy HH:MM:SS
    QDateTime statusDate; ///< UTC
    /// Binding, for create only (never on update).
    enum class Binding { None, Call, Request, ContactChain, NotFound, NoContacts };
    Binding binding = Binding::None;
    QString boundLeadId; ///< call or request id, for Binding::Call / Request
    QStringList phones; ///< for ContactChain
    QStringList emails; ///< for ContactChain
};

/// One record of the deals journal (orders-diary), as far as the reconciliation compares it. The
/// record shape is UNCONFIRMED (the reference sample's keys).
struct JournalDeal
{
    QString orderNumber; ///< the retailCRM order id (orderId where a record has no orderNumber)
    QString status; ///< status code
    QString revenue; ///< decimal text as received
};

struct DealResult
{
    QString orderNumber;
    QString calltouchOrderId; ///< set when created/updated
    QString error; ///< set when this deal failed
    /// What a per-deal error means for the sync (the exact texts are UNCONFIRMED: see dealProblem()).
    enum class Problem { None, AlreadyExists, NotFound, Other };
    Problem problem = Problem::None;
};

} // namespace LeadBridge::Calltouch

Q_DECLARE_METATYPE(LeadBridge::Calltouch::Lead)
