// File > Export…: a table, as filtered and sorted, to a CSV file Excel opens (UTF-8 with a BOM,
// RFC 4180), read from the store page by page; cancelling leaves no file. The leads are written
// through the store's own writer (exportseed.h).
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "exportseed.h"
#include "mainwindow.h"
#include "models/leadmodel.h"
#include "tablecontextmenu.h"
#include "tableexport.h"
#include "tabletab.h"
#include "translator.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_TableExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesBomHeaderAndEveryRow();
    void keepsTheFilterAndTheSort();
    void cancelLeavesNoFile();
    void unwritablePathIsAClearError();
    void databaseClosedDuringTheExportWritesNothing();
    void windowExportsTheVisibleColumns();
    void progressDialogCancels();

private:
    /// Parses RFC 4180 text into records (a test's own reader, independent of the writer).
    static QList<QStringList> parseCsv(const QString &text);
    /// Runs @p job to @p path and waits for it; its records without the BOM, or none on failure.
    static QList<QStringList> exportAndRead(TableExport &job, const QString &path);
    static QList<int> allColumns() { return { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }; }

    static constexpr int kLeads = 5000;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Store> m_store;
};

void tst_TableExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("leadbridge.db"));
    m_store = std::make_unique<Store>(QStringLiteral("ui"));
    QVERIFY(m_store->open(m_db).isOk());
    QVERIFY(seedExportLeads(*m_store, kLeads, QDateTime::currentDateTimeUtc()));
    QCOMPARE(int(LeadModel::ColumnCount), int(allColumns().size()));
}

QList<QStringList> tst_TableExport::parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field); // an unterminated last record: the test sees it
    return records;
}

QList<QStringList> tst_TableExport::exportAndRead(TableExport &job, const QString &path)
{
    QSignalSpy finished(&job, &TableExport::finished);
    if (!job.start(path))
        return {};
    if (!finished.wait(60000) || !finished.first().first().toBool())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

void tst_TableExport::writesBomHeaderAndEveryRow()
{
    LeadModel model(m_store.get());
    QCOMPARE(model.rowCount(), int(PagedTableModel::kChunk)); // the view loaded one page only
    TableExport job(&model, allColumns());
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy progress(&job, &TableExport::progress);
    const QList<QStringList> records = exportAndRead(job, path);
    QCOMPARE(records.size(), kLeads + 1);
    QVERIFY(progress.size() > 2); // page by page
    QStringList titles;
    for (int column : allColumns())
        titles << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(records.first(), titles);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), titles.size());

    // Newest first, as the table shows it; the texts round-trip, Cyrillic, commas, quotes and all.
    const QStringList newest = records.at(1);
    QCOMPARE(newest.at(LeadModel::KindColumn), QStringLiteral("Call"));
    QCOMPARE(newest.at(LeadModel::ContactColumn), QStringLiteral("+79160000000"));
    QCOMPARE(newest.at(LeadModel::UtmCampaignColumn), exportCampaign(0));
    QCOMPARE(records.at(8).at(LeadModel::UtmCampaignColumn), exportCampaign(7));
    QCOMPARE(newest.at(LeadModel::StateColumn), model.index(0, LeadModel::StateColumn).data().toString());
    // Times in ISO 8601 (local), which Excel reads as dates.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    QVERIFY2(
        iso.match(newest.at(LeadModel::TimeColumn)).hasMatch(), qPrintable(newest.at(LeadModel::TimeColumn)));
    const QDateTime shown =
        QDateTime::fromString(newest.at(LeadModel::TimeColumn), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(shown.toMSecsSinceEpoch(),
        model.index(0, LeadModel::TimeColumn).data(PagedTableModel::SortRole).toLongLong() / 1000 * 1000);

    // The raw bytes: the BOM, CRLF line ends, a quoted field with its quotes doubled.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QStringLiteral("\"весна, \"\"скидки\"\"\nвторая строка 0\"").toUtf8()));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
}

void tst_TableExport::keepsTheFilterAndTheSort()
{
    LeadModel model(m_store.get());
    model.setTextFilter(QStringLiteral("yandex"));
    model.sort(LeadModel::TimeColumn, Qt::AscendingOrder);
    const int matching = model.matchingCount();
    QVERIFY(matching > 0 && matching < kLeads);
    TableExport job(&model, { LeadModel::TimeColumn, LeadModel::UtmSourceColumn, LeadModel::ContactColumn });
    const QList<QStringList> records = exportAndRead(job, m_dir.filePath(QStringLiteral("yandex.csv")));
    QCOMPARE(records.size(), matching + 1);
    QCOMPARE(records.first(),
        QStringList({ model.headerData(LeadModel::TimeColumn, Qt::Horizontal).toString(),
            model.headerData(LeadModel::UtmSourceColumn, Qt::Horizontal).toString(),
            model.headerData(LeadModel::ContactColumn, Qt::Horizontal).toString() }));
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(1), QStringLiteral("yandex"));
        if (i > 1)
            QVERIFY2(records.at(i - 1).at(0) <= records.at(i).at(0), "oldest first, as sorted");
    }
    // The oldest yandex lead is the last one seeded with i % 3 == 0.
    const int oldest = (kLeads - 1) / 3 * 3;
    QCOMPARE(records.at(1).at(2), QStringLiteral("+7916%1").arg(oldest, 7, 10, QLatin1Char('0')));
}

void tst_TableExport::cancelLeavesNoFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cancelled.csv"));
    LeadModel model(m_store.get());
    TableExport job(&model, allColumns());
    QSignalSpy finished(&job, &TableExport::finished);
    connect(&job, &TableExport::progress, &job, [&job](int written) {
        if (written > 0)
            job.cancel();
    });
    QVERIFY(job.start(path));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job.errorString().isEmpty()); // cancelled, not failed
    QVERIFY(job.written() < kLeads);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary left
}

void tst_TableExport::unwritablePathIsAClearError()
{
    LeadModel model(m_store.get());
    TableExport job(&model, allColumns());
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/leads.csv"));
    QVERIFY(!job.start(path));
    QVERIFY(job.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_TableExport::databaseClosedDuringTheExportWritesNothing()
{
    LeadModel model(m_store.get());
    TableExport job(&model, allColumns());
    const QString path = m_dir.filePath(QStringLiteral("closed.csv"));
    QSignalSpy finished(&job, &TableExport::finished);
    connect(&job, &TableExport::progress, &model, [&model](int written) {
        if (written > 0)
            model.setStore(nullptr); // what the window does when it opens another database
    });
    QVERIFY(job.start(path));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job.errorString().contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_TableExport::windowExportsTheVisibleColumns()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("ru"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(m_db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.fileMenu()->actions().contains(window.exportAction()));
    window.tabs()->setCurrentIndex(MainWindow::DashboardTab);
    QVERIFY(!window.exportAction()->isEnabled()); // the dashboard is no table
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    QVERIFY(window.exportAction()->isEnabled());
    TableTab *tab = window.tableTab(MainWindow::LeadsTab);
    tab->view()->horizontalHeader()->hideSection(LeadModel::AttemptsColumn);
    tab->filterEdit()->setText(QStringLiteral("весна"));
    tab->applyFilterNow();
    const int matching = tab->model()->matchingCount();
    QCOMPARE(matching, (kLeads + 6) / 7);

    const QString path = m_dir.filePath(QStringLiteral("window.csv"));
    TableExport *job = window.exportCurrentTable(path);
    QVERIFY(job);
    QSignalSpy finished(job, &TableExport::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    QCOMPARE(records.size(), matching + 1);
    QCOMPARE(records.first().size(), int(LeadModel::ColumnCount) - 1);
    QCOMPARE(records.first().first(), tab->model()->headerData(0, Qt::Horizontal).toString());
    QVERIFY(!records.first().contains(
        tab->model()->headerData(LeadModel::AttemptsColumn, Qt::Horizontal).toString()));
    QCOMPARE(
        records.first().at(LeadModel::UtmSourceColumn), QStringLiteral("Источник")); // the Russian titles
    QCOMPARE(records.at(1).at(LeadModel::KindColumn), QStringLiteral("Звонок"));
}

void tst_TableExport::progressDialogCancels()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(m_db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    const QString path = m_dir.filePath(QStringLiteral("cancelled-by-user.csv"));
    TableExport *job = window.exportCurrentTable(path);
    QVERIFY(job);
    QSignalSpy finished(job, &TableExport::finished);
    auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(dialog);
    QCOMPARE(dialog->maximum(), kLeads);
    QVERIFY(dialog->labelText().contains(QString::number(kLeads)));
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    cancel->click();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("no file was written")),
        qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
}

QTEST_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
