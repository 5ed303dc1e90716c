#include "referencenames.h"

#include <QSqlError>
#include <QSqlQuery>

namespace LeadBridge {

QString ReferenceNames::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Site:
        return QStringLiteral("site");
    }
    return {};
}

StoreResult ReferenceNames::replace(Store &store, Kind kind, const QList<Entry> &entries)
{
    QHash<QString, QString> wanted;
    for (const Entry &entry : entries) {
        const QString name = entry.name.trimmed();
        if (!entry.code.isEmpty())
            wanted.insert(entry.code, name.isEmpty() ? entry.code : name);
    }
    if (read(store, kind) == wanted)
        return StoreResult::success(false);
    const QString kindName = kindText(kind);
    const StoreResult result = store.inTransaction([&] {
        if (!store.exec(QStringLiteral("DELETE FROM reference_names WHERE kind = ?"), { kindName }).ok)
            return false;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (!store
                     .exec(QStringLiteral("INSERT INTO reference_names (kind, code, name) VALUES (?, ?, ?)"),
                         { kindName, it.key(), it.value() })
                     .ok)
                return false;
        }
        return true;
    });
    return result.ok ? StoreResult::success(true) : result;
}

QHash<QString, QString> ReferenceNames::read(Store &store, Kind kind)
{
    QHash<QString, QString> names;
    if (!store.isOpen())
        return names;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, name FROM reference_names WHERE kind = ?"));
    q.addBindValue(kindText(kind));
    if (!q.exec()) {
        store.noteError(q.lastError().text());
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

} // namespace LeadBridge
