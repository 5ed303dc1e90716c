#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "net/apierror.h"
#include "store/states.h"

namespace LeadBridge {

/// What the first sync would do with one lead (the dry run): nothing of it was written anywhere.
struct DryRunRow
{
    enum class Outcome {
        CreateCustomerAndOrder, ///< no customer with the contact: a customer and an order
        CreateOrder, ///< the customer has no open order: a new order
        UpdateOrder, ///< the newest order is open without a lead: it gets this lead
        Skip, ///< the newest order already has a lead, or the lead's date is unusable
        NoContact, ///< neither phone nor e-mail
        KindDisabled, ///< calls or website requests are switched off
        Failed, ///< the CRM could not be read for this lead (see detail)
    };
    static constexpr int kOutcomeCount = int(Outcome::Failed) + 1;

    Calltouch::Lead lead;
    Outcome outcome = Outcome::Skip;
    Db::LeadReason reason = Db::LeadReason::None;
    QString contact; ///< the canonical phone, else the e-mail
    QString customerName; ///< the customer found, or the name a new one would get
    QString orderNumber; ///< UpdateOrder / Skip: the order's number
    QString detail; ///< Skip for a bad date, Failed: why
};

/// The whole dry run: the period read, a row per lead (oldest first), and how it went.
struct DryRunReport
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::DryRunReport)
public:
    QDate from; ///< the first day read (the Calltouch project's days)
    QDate to;
    QList<DryRunRow> rows;
    int leadsRead = 0; ///< leads in the journals (rows plus those without an id)
    int withoutId = 0; ///< records without an id: they cannot be synced
    qint64 requests = 0; ///< API requests the dry run made (both services, retries included)
    qint64 writesRefused = 0; ///< writes the read-only transports refused (always 0 unless a bug)
    ApiError error; ///< a read that stopped the whole run (journal, reference data)
    QString errorService; ///< "retailCRM" / "Calltouch" for error
    bool finished = false; ///< false while running

    [[nodiscard]] int count(DryRunRow::Outcome outcome) const;
    /// 0 every read worked; 1 a read failed (the run, or some leads); 2 credentials were rejected.
    [[nodiscard]] int exitCode() const;
    /// The counts as one translated sentence.
    [[nodiscard]] QString summaryText() const;
    /// The table as CSV (UTF-8 with a BOM, for spreadsheets), a header row first.
    [[nodiscard]] QByteArray toCsv() const;
    /// The table as aligned plain text for a terminal.
    [[nodiscard]] QString toText() const;

    /// "Create customer and order", … (translated).
    [[nodiscard]] static QString outcomeText(DryRunRow::Outcome outcome);
    /// Why, worded for what would happen (translated).
    [[nodiscard]] static QString reasonText(const DryRunRow &row);
    /// The column headers of the table and the CSV (translated).
    [[nodiscard]] static QStringList headers();
    /// One row's cells in headers() order.
    [[nodiscard]] static QStringList cells(const DryRunRow &row);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::DryRunReport)
