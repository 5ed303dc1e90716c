#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace LeadBridge {

struct StoreError
{
    enum class Kind { None, CannotOpen, Corrupt, TooNew, Migration, Query };
    Kind kind = Kind::None;
    QString message;
    /// Where a corrupt file was moved to (kept, never deleted).
    QString keptAsidePath;
    [[nodiscard]] bool isOk() const { return kind == Kind::None; }
};

/// The local SQLite store: one named QtSql connection per Store object (and so per thread),
/// schema by numbered migrations (PRAGMA user_version), WAL journal, file mode 0600.
class Store
{
public:
    static constexpr int kSchemaVersion = 2; // = the number of migrations (migrations.cpp)

    /// @p purpose names the connection (e.g. "engine", "ui"); it is made unique per object.
    explicit Store(const QString &purpose = QStringLiteral("main"));
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The default file in the application data folder.
    [[nodiscard]] static QString defaultPath();

    /// Opens (creating if needed) and migrates. A corrupt file is moved aside and reported;
    /// a file from a newer LeadBridge is refused.
    [[nodiscard]] StoreError open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;

    /// Runs @p work in one transaction; commits when it returns true, else rolls back.
    bool inTransaction(const std::function<bool()> &work);

    /// Runs one prepared statement with positional bind values; logs and returns false on error.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    /// First column of the first row, or an invalid QVariant.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// A value ready to bind: a null QString becomes an empty one (the schema has NOT NULL text).
    [[nodiscard]] static QVariant bindable(const QVariant &value);

    [[nodiscard]] QString cursor(const QString &name) const;
    bool setCursor(const QString &name, const QString &value);

private:
    StoreError migrate();
    StoreError checkIntegrity();

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

} // namespace LeadBridge
