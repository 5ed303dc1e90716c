#pragma once

#include <QCoreApplication>
#include <QString>

#include "store/problem.h"

namespace LeadBridge {

/// The one place that words a stored Problem, at display time, in the current language: a plain
/// sentence, what to do about it, and the fix the UI offers for problems that stop the sync.
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ProblemText)
public:
    /// The fix a banner's button performs.
    enum class Fix {
        None,
        Settings, ///< the Settings dialog (the chat receiver's address)
        Wizard, ///< the setup wizard: addresses, keys, and it checks the key's permissions
        CheckDatabase, ///< Tools > Check database
    };

    /// What happened, one plain sentence (a Legacy problem: its old text as is).
    [[nodiscard]] static QString sentence(const Problem &problem);
    /// What to do about it (empty when nothing is known, e.g. Legacy).
    [[nodiscard]] static QString remedy(const Problem &problem);
    /// sentence() and remedy() in one text, for tooltips, logs of the live state and notifications.
    [[nodiscard]] static QString full(const Problem &problem);
    /// The technical detail (redacted), with the HTTP status when any; empty when none.
    [[nodiscard]] static QString technical(const Problem &problem);
    [[nodiscard]] static Fix fix(const Problem &problem);
    /// The label of a fix's button ("Open Settings", "Run the setup wizard", "Check database").
    [[nodiscard]] static QString fixLabel(Fix fix);
};

} // namespace LeadBridge
