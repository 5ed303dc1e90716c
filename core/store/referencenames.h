#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "store/store.h"

namespace LeadBridge {

/// The names retailCRM gives its reference books' codes (order statuses, shops), kept in the store
/// (table reference_names) so that the tables show "Комплектуется" for "assembling". The rows keep
/// only codes; a code with no name shows as the code.
class ReferenceNames
{
public:
    enum class Kind { Status, Site };

    struct Entry
    {
        QString code;
        QString name;
    };

    /// The database text of a kind ("status", "site"), as the queries join it.
    [[nodiscard]] static QString kindText(Kind kind);

    /// Replaces every name of @p kind with @p entries in one transaction (a code the CRM no longer has
    /// is dropped); an entry without a name is kept with its code as the name. Writes nothing when
    /// nothing differs; changed is true when it wrote.
    [[nodiscard]] static StoreResult replace(Store &store, Kind kind, const QList<Entry> &entries);

    /// Code -> name for @p kind; empty when the store cannot be read.
    [[nodiscard]] static QHash<QString, QString> read(Store &store, Kind kind);
};

} // namespace LeadBridge
