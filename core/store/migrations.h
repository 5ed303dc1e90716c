#pragma once

#include <QStringList>

namespace LeadBridge {

/// Migration N (1-based) brings a database from user_version N-1 to N. Append only; never edit.
[[nodiscard]] const QList<QStringList> &storeMigrations();

} // namespace LeadBridge
