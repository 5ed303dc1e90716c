#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace LeadBridge {

/// The result of a write to the store: ok, or the database's error text. A caller that must not go on
/// after a failed write (a journal entry before a remote write) checks it; the type cannot be ignored.
struct [[nodiscard]] StoreResult
{
    bool ok = true;
    bool changed = false; ///< the statement changed a row (an insert was new, an update matched)
    QString error; ///< the database's text when !ok

    [[nodiscard]] static StoreResult success(bool changed = false) { return { true, changed, {} }; }
    [[nodiscard]] static StoreResult failure(const QString &error) { return { false, false, error }; }
};

struct StoreError
{
    enum class Kind {
        None,
        CannotOpen,
        Corrupt, ///< our database, damaged: moved aside (keptAsidePath)
        TooNew,
        Migration,
        Query,
        ReadOnly, ///< the file or its folder cannot be written; never chmod-ed
        Locked, ///< another program holds the database's write lock longer than the busy timeout
        Foreign, ///< not a LeadBridge database: refused and left untouched
    };
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
    static constexpr int kSchemaVersion = 7; // = the number of migrations (migrations.cpp)
    /// PRAGMA application_id of a LeadBridge database ("LBdb"): the marker that makes a file ours.
    static constexpr qint32 kApplicationId = 0x4C426462;
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    /// @p purpose names the connection (e.g. "engine", "ui"); it is made unique per object.
    explicit Store(const QString &purpose = QStringLiteral("main"));
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The default file in the application data folder.
    [[nodiscard]] static QString defaultPath();

    /// How long a statement waits for another connection's lock before it fails (set before open()).
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// Opens (creating if needed), checks that it can write, and migrates. Only a damaged file that
    /// carries our marker is moved aside (and reported); a file that is not an SQLite database, a
    /// damaged one without the marker and another program's database are refused and left untouched;
    /// a read-only file is an error (never chmod-ed); a file from a newer LeadBridge is refused.
    ///
    /// The integrity of an existing file is checked (PRAGMA quick_check) only when a problem is
    /// suspected: the last connection to it did not close cleanly (a crash, a kill, a power loss; the
    /// "clean_shutdown" cursor is not set) and no other connection of this process has it open.
    [[nodiscard]] StoreError open(const QString &path);
    /// Closes; the last connection of this process to the file marks it as shut down cleanly.
    void close();
    /// Whether the last open() ran the integrity check (it suspected an unclean shutdown).
    [[nodiscard]] bool integrityChecked() const { return m_integrityChecked; }
    /// Checks the open database's integrity now (PRAGMA quick_check), changing nothing: true when it is
    /// sound; otherwise @p problems gets what SQLite found (or why it could not check), and the file
    /// stays marked as suspect, so the next start checks it again (and moves it aside).
    [[nodiscard]] bool verifyIntegrity(QStringList *problems = nullptr);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;

    /// Runs @p work in one transaction; commits when it returns true, else rolls back. Fails when the
    /// work fails (with the last database error) or the commit does.
    [[nodiscard]] StoreResult inTransaction(const std::function<bool()> &work);

    /// Runs one prepared statement with positional bind values; logs and fails on error.
    [[nodiscard]] StoreResult exec(const QString &sql, const QVariantList &values = {});
    /// The text of the last failed statement on this connection (reads included).
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// How many statements failed on this connection so far (a caller compares before and after).
    [[nodiscard]] int errorCount() const { return m_errorCount; }
    /// Remembers a failed statement (for inTransaction() and readers); logs it.
    void noteError(const QString &error) const;
    /// First column of the first row, or an invalid QVariant.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// A value ready to bind: a null QString becomes an empty one (the schema has NOT NULL text).
    [[nodiscard]] static QVariant bindable(const QVariant &value);

    [[nodiscard]] QString cursor(const QString &name) const;
    [[nodiscard]] StoreResult setCursor(const QString &name, const QString &value);

private:
    StoreError checkFile(bool *isOurs);
    StoreError migrate();
    StoreError checkIntegrity(bool isOurs);
    [[nodiscard]] bool shutDownCleanly();
    void registerOpen();
    StoreError checkWritable();

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError; // readers note their failures too
    int m_transactionDepth = 0;
    mutable int m_errorCount = 0;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool m_registered = false; // counted among this process's connections to m_path
    bool m_integrityChecked = false;
};

} // namespace LeadBridge
