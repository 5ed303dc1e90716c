// File > Export… on a large table:
//   bench_export [--smoke] [--leads N]
// Writes an N-lead database (100 000 by default) through the store's writer (SyncStore), then exports
// the leads table as the window does (TableExport, one page per event-loop turn) to a CSV file, and
// reports the total time (wall and this process's CPU), the rows per second and the longest page (the
// longest the window waits between two turns of its event loop).
#include <time.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include "exportseed.h"
#include "models/leadmodel.h"
#include "tableexport.h"

using namespace LeadBridge;

namespace {

/// This process's CPU time in ms: on a loaded machine (the build machine runs many jobs on 2 cores)
/// the wall time measures the neighbours as much as the export.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int leads = smoke ? 5000 : 100000;
    const qsizetype at = args.indexOf(QStringLiteral("--leads"));
    if (at > 0 && at + 1 < args.size())
        leads = args.at(at + 1).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("leadbridge.db"));
    {
        Store writer(QStringLiteral("bench-writer"));
        if (!writer.open(db).isOk()
            || !TestSupport::seedExportLeads(writer, leads, QDateTime::currentDateTimeUtc())) {
            out << "seeding failed\n";
            return 1;
        }
    }
    Store store(QStringLiteral("ui"));
    if (!store.open(db).isOk())
        return 1;
    LeadModel model(&store);
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << column;

    TableExport job(&model, columns);
    QElapsedTimer total;
    QElapsedTimer page;
    qint64 longestPageMs = 0;
    QEventLoop loop;
    QObject::connect(&job, &TableExport::progress, &job, [&](int written) {
        if (written > 0)
            longestPageMs = qMax(longestPageMs, page.elapsed());
        page.start();
    });
    bool ok = false;
    QObject::connect(&job, &TableExport::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    const double cpuStart = cpuMs();
    total.start();
    page.start();
    if (!job.start(path)) {
        out << "export failed: " << job.errorString() << "\n";
        return 1;
    }
    loop.exec();
    const qint64 ms = total.elapsed();
    const qint64 cpu = qint64(cpuMs() - cpuStart);
    if (!ok || job.written() != leads) {
        out << "export failed: " << job.errorString() << " (" << job.written() << " rows)\n";
        return 1;
    }
    out << "exported " << job.written() << " rows (" << QFileInfo(path).size() / 1024 << " KiB) in " << ms
        << " ms (CPU " << cpu << " ms): " << qint64(job.written()) * 1000 / qMax<qint64>(1, ms)
        << " rows/s; longest page of " << TableExport::kPageRows << " rows: " << longestPageMs << " ms\n";
    // The goal is 2 s; judged by the CPU time the export took (the wall time is reported too).
    if (!smoke && cpu > 2000) {
        out << "slower than 2 s\n";
        return 2;
    }
    return 0;
}
