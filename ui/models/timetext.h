#pragma once

#include <QDateTime>
#include <QString>

namespace LeadBridge {

/// A moment for the status bar and the run log, in the locale's format with seconds: the time alone for
/// today ("14:02:31", "2:02:31 PM"), the date (four-digit year) and time for another day.
[[nodiscard]] QString clockText(const QDateTime &time);

} // namespace LeadBridge
