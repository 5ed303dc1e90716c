#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace LeadBridge {

/// The translated words the tables, the details dialog and the dashboard show for stored codes.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::Labels)
public:
    /// "call" -> "Call".
    [[nodiscard]] static QString kindText(const QString &kind);
    /// What happened to a lead, from its state and action.
    [[nodiscard]] static QString leadStateText(
        const QString &state, const QString &action, qint64 nextAttemptAt);
    /// A stored reason: a known code as a sentence, anything else as stored.
    [[nodiscard]] static QString reasonText(const QString &reason);
    /// created | updated | skipped | matched.
    [[nodiscard]] static QString orderActionText(const QString &action);
    /// pending | sending | created | failed | unknown.
    [[nodiscard]] static QString dealStateText(const QString &state);
    /// The bound lead of a deal: "Call 123", "Lead not found", "No contacts", "Matched by Calltouch".
    [[nodiscard]] static QString bindingText(const QString &binding);
    /// leads | deals | setup.
    [[nodiscard]] static QString directionText(const QString &direction);
    /// "lead:call:123" -> "Call 123", "deal:456" -> "Deal of order 456".
    [[nodiscard]] static QString itemText(const QString &item, const QString &orderNumber = {});
    /// A text colour for a state, or an invalid QVariant for the default.
    [[nodiscard]] static QVariant stateColor(const QString &state);
};

} // namespace LeadBridge
