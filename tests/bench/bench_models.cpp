// How the tables behave with 100 000 rows: time to open a model (first page), to sort, to filter by
// text and by status, and to scroll to the end (fetchMore), over SQLite through QtSql.
//   bench_models [--smoke] [--rows N]
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "models/leadmodel.h"
#include "store/store.h"
#include "store/syncstore.h"

using namespace LeadBridge;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rows = args.contains(QStringLiteral("--smoke")) ? 5000 : 100000;
    const int rowsIndex = int(args.indexOf(QStringLiteral("--rows")));
    if (rowsIndex > 0)
        rows = args.value(rowsIndex + 1).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));

    {
        Store writer(QStringLiteral("bench-writer"));
        if (!writer.open(path).isOk())
            return 2;
        SyncStore sync(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const StoreResult seeded = writer.inTransaction([&] {
            for (int i = 0; i < rows; ++i) {
                Calltouch::Lead lead;
                lead.kind = Calltouch::Lead::Kind(i % 3);
                lead.id = QString::number(100000 + i);
                lead.occurredAt = QDateTime::fromMSecsSinceEpoch(now - qint64(i) * 60000, Qt::UTC);
                lead.name = QStringLiteral("Клиент %1").arg(i);
                lead.utmSource = (i % 4 == 0) ? QStringLiteral("yandex") : QStringLiteral("google");
                if (!sync.upsertLead(lead, QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0')), {},
                             i % 5 == 0 ? Db::LeadState::Failed : Db::LeadState::Done, now)
                         .ok)
                    return false;
            }
            return true;
        });
        if (!seeded.ok)
            return 2;
    }

    Store store(QStringLiteral("bench-ui"));
    if (!store.open(path).isOk())
        return 2;
    QElapsedTimer timer;
    timer.start();
    LeadModel model(&store);
    model.reload();
    const qint64 openMs = timer.elapsed();
    const int firstPage = model.rowCount();

    timer.restart();
    model.sort(1, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();

    timer.restart();
    model.setTextFilter(QStringLiteral("9160001234"));
    const qint64 textMs = timer.elapsed();
    const int textRows = model.matchingCount();
    model.setTextFilter({});

    const QList<PagedTableModel::StatusOption> options = model.statusOptions();
    timer.restart();
    for (const auto &option : options) {
        if (option.key.contains(QLatin1String("fail")))
            model.setStatusFilter(option.key);
    }
    const qint64 statusMs = timer.elapsed();
    const int statusRows = model.matchingCount();
    model.setStatusFilter({});

    model.sort(2, Qt::DescendingOrder); // back to newest first (the time column, indexed)
    timer.restart();
    int fetches = 0;
    while (model.canFetchMore({}) && fetches < 1000) {
        model.fetchMore({});
        ++fetches;
    }
    const qint64 scrollMs = timer.elapsed();

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "Tables with " << rows << " leads (SQLite, paged 500 rows at a time):\n";
    out << "  open " << openMs << " ms (" << firstPage << " rows loaded), sort by contact " << sortMs
        << " ms\n";
    out << "  text filter " << textMs << " ms (" << textRows << " rows), status filter " << statusMs
        << " ms (" << statusRows << " rows)\n";
    out << "  scroll to the end, newest first " << scrollMs << " ms (" << fetches << " pages, "
        << model.rowCount() << " rows, " << scrollMs / qMax(1, fetches) << " ms a page on average)\n";
    out << "  peak memory " << usage.ru_maxrss / 1024 << " MiB\n";
    const bool ok = firstPage > 0 && firstPage <= 1000 && model.rowCount() == rows && textRows >= 1
        && statusRows == (rows + 4) / 5;
    out << (ok ? "OK" : "FAILED") << "\n";
    return ok ? 0 : 1;
}
