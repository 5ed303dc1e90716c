#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include "calltouch/calltouchtypes.h"
#include "store/problem.h"
#include "store/queries/errorstable.h"
#include "store/states.h"

namespace LeadBridge {

/// The translated words the tables, the details dialog and the dashboard show for stored values,
/// made at display time in the current language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::Labels)
public:
    /// How a state is coloured.
    enum class Tone { Normal, Failed, Muted, Busy };

    /// Call -> "Call".
    [[nodiscard]] static QString kindText(Calltouch::Lead::Kind kind);
    /// "Call 123".
    [[nodiscard]] static QString leadText(Calltouch::Lead::Kind kind, const QString &remoteId);
    /// What happened to a lead, from its state and action.
    [[nodiscard]] static QString leadStateText(
        Db::LeadState state, Db::LeadAction action, qint64 nextAttemptAt);
    /// One entry of a lead's history.
    [[nodiscard]] static QString outcomeText(Db::LeadAction action);
    /// Why: a reason as a sentence, a failure as its problem's sentence (made now, in the current language).
    [[nodiscard]] static QString reasonText(Db::LeadReason reason, const Problem &failure = {});
    /// A problem's sentence, what to do, and its technical detail, for a tooltip.
    [[nodiscard]] static QString problemToolTip(const Problem &problem);
    [[nodiscard]] static QString orderActionText(Db::OrderAction action);
    [[nodiscard]] static QString dealStateText(Db::DealState state);
    /// The bound lead of a deal: "Call 123", "Lead not found", "No contacts", "Matched by Calltouch".
    [[nodiscard]] static QString bindingText(Db::BindingKind kind, const QString &leadId);
    [[nodiscard]] static QString directionText(Db::ErrorDirection direction);
    /// "Call 123", "Deal of order 456" (the order number when known), or the item as stored.
    [[nodiscard]] static QString itemText(const ErrorItem &item, const QString &orderNumber = {});
    /// An error item that is neither a lead nor a deal (a journal, the database…), in words.
    [[nodiscard]] static QString otherItemText(const QString &item);
    /// A retailCRM reference book's entry (a status, a shop): its name in the CRM, or the code when
    /// the CRM's name is not known (yet).
    [[nodiscard]] static QString referenceText(const QString &name, const QString &code);
    /// The tooltip of such an entry: "Code in retailCRM: assembling"; empty for no code.
    [[nodiscard]] static QString codeToolTip(const QString &code);
    [[nodiscard]] static Tone tone(Db::LeadState state);
    [[nodiscard]] static Tone tone(Db::DealState state);
    /// A text colour for a tone, or an invalid QVariant for the default.
    [[nodiscard]] static QVariant color(Tone tone);
};

} // namespace LeadBridge
