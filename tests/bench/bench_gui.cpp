// The window a user watches during a sync, on a large database:
//   bench_gui [--smoke] [--leads N] [--sync N] [--limits]
// Builds an N-lead database (100 000 by default) through the store's writers (SyncStore), then
//  - first paint: the real MainWindow (offscreen), from construction to its first paint, and the time
//    the store's open takes with and without the integrity check;
//  - the worst event-loop stall (a 5 ms timer probe in the GUI thread) while the real engine, in its own
//    thread, sends a sync of --sync leads (1 000 by default) to the simulated services, which run in a
//    third thread; once with each tab shown. The simulations' and the engine's rate limits are off
//    (the engine runs as fast as it can: the most events a second the window gets) unless --limits;
//  - sort and filter times on the leads tab (its count included).
#include <time.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "dashboard.h"
#include "mainwindow.h"
#include "models/leadmodel.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "tabletab.h"
#include "translator.h"

using namespace LeadBridge;

namespace {

QTextStream out(stdout);

QString phoneNumber(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

/// Leads, orders and their outcomes as the engine writes them, over the last 100 days.
bool seed(const QString &path, int leads)
{
    Store writer(QStringLiteral("bench-writer"));
    if (!writer.open(path).isOk())
        return false;
    SyncStore sync(writer);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(100) * 86400 * 1000;
    const StoreResult seeded = writer.inTransaction([&] {
        for (int i = 0; i < leads; ++i) {
            Calltouch::Lead lead;
            lead.kind = Calltouch::Lead::Kind(i % 3);
            lead.id = QStringLiteral("seed-%1").arg(i);
            lead.occurredAt =
                QDateTime::fromMSecsSinceEpoch(now - 3 * 86400 * 1000 - span * i / leads, Qt::UTC);
            lead.name = QStringLiteral("Клиент %1").arg(i);
            lead.utmSource = QStringList { QStringLiteral("yandex"), QStringLiteral("google"),
                QStringLiteral("vk"), QString() }
                                 .at(i % 4);
            const bool skipped = i % 5 == 0;
            if (!sync.upsertLead(lead, phoneNumber(5000000 + i), {},
                         skipped ? Db::LeadState::Skipped : Db::LeadState::Waiting, now)
                     .ok)
                return false;
            if (skipped)
                continue;
            const qint64 id =
                writer
                    .scalar(QStringLiteral("SELECT id FROM leads WHERE kind = ? AND remote_id = ?"),
                        { Calltouch::Lead::kindName(lead.kind), lead.id })
                    .toLongLong();
            const qint64 orderId = 900000 + i;
            if (!sync.setLeadOutcome(id, Db::LeadState::Done, Db::LeadAction::CreatedOrder,
                         Db::LeadReason::None, 500000 + i, orderId, QString::number(orderId), now)
                     .ok
                || !sync.recordOrder(orderId, QString::number(orderId), QStringLiteral("main-shop"),
                            500000 + i, lead.name, Db::OrderAction::Created, Db::LeadReason::None, id,
                            lead.occurredAt.toMSecsSinceEpoch(), now)
                        .ok)
                return false;
        }
        return true;
    });
    return seeded.ok;
}

/// The simulated services in a thread of their own, so their work is not the window's.
class Services
{
public:
    explicit Services(bool limits)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        on([this, limits] {
            m_crm = new RetailCrm::Simulator;
            m_ct = new Calltouch::Simulator;
            m_crm->setRateLimit(limits ? 10 : 0);
            m_ct->server()->setRateLimit(limits ? 5 : 0);
            m_crm->start();
            m_ct->start();
            RetailCrm::Site site;
            site.code = QStringLiteral("main-shop");
            site.name = QStringLiteral("Main shop");
            site.ordering = 1;
            m_crm->addSite(site);
            m_crm->addDefaultStatuses();
            m_crm->addApiKey(apiKey());
        });
    }
    ~Services()
    {
        on([this] {
            delete m_crm;
            delete m_ct;
        });
        m_thread.quit();
        m_thread.wait();
    }
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    static QString apiKey() { return QStringLiteral("bench-retailcrm-key-0123456789"); }
    void on(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }
    /// @p count new calls: a third from known customers with an open order, the rest new contacts.
    void addCalls(int count, int round)
    {
        on([this, count, round] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < count; ++i) {
                const QString phone = phoneNumber(round * 100000 + i);
                if (i % 3 == 0) {
                    RetailCrm::Customer customer;
                    customer.firstName = QStringLiteral("Иван");
                    customer.phones << phone;
                    customer.createdAt = now.addDays(-30);
                    RetailCrm::Order order;
                    order.customerId = m_crm->addCustomer(customer);
                    order.status = QStringLiteral("new");
                    order.site = QStringLiteral("main-shop");
                    order.createdAt = now.addDays(-5);
                    order.totalSumm = QStringLiteral("1500.00");
                    m_crm->addOrder(order);
                }
                m_ct->addCall(now.addSecs(-3600 - i), phone, QStringLiteral("yandex"), QStringLiteral("cpc"));
            }
        });
    }
    SyncConfig config() const
    {
        SyncConfig config;
        config.retailCrmUrl = m_crm->url();
        config.retailCrmApiKey = apiKey();
        config.calltouchApiUrl = m_ct->url();
        config.calltouchSiteId = m_ct->siteId();
        config.calltouchToken = m_ct->token();
        config.since = QDate::currentDate().addDays(-2);
        config.leadDelaySeconds = 60;
        config.syncIntervalSeconds = 3600;
        config.dealSync = false;
        config.leadKinds = { QStringLiteral("call") };
        return config;
    }

private:
    QThread m_thread;
    QObject m_context;
    RetailCrm::Simulator *m_crm = nullptr;
    Calltouch::Simulator *m_ct = nullptr;
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

/// The largest gap between two turns of the GUI thread's event loop, by a 5 ms timer (wall clock: on a
/// busy machine it includes the time the thread waited for a CPU), and the most CPU time the GUI thread
/// spent between two ticks (its own work only).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double cpu = threadCpuMs();
            if (m_clock.isValid()) {
                m_worst = qMax(m_worst, m_clock.nsecsElapsed() / 1000000.0 - 5.0);
                m_worstCpu = qMax(m_worstCpu, cpu - m_lastCpu);
            }
            m_lastCpu = cpu;
            m_clock.start();
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstCpu = 0;
        m_clock.invalidate();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }
    [[nodiscard]] double worstCpu() const { return m_worstCpu; }

private:
    double m_worstCpu = 0;
    double m_lastCpu = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2)
        : QString();
}

template <typename Condition> bool waitFor(Condition condition, int timeoutMs)
{
    // A real event loop, as the application runs one (it blocks between events).
    QElapsedTimer timer;
    timer.start();
    bool met = condition();
    if (met)
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        met = condition();
        if (met || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const bool limits = args.contains(QStringLiteral("--limits"));
    const auto option = [&args](const QString &name, int fallback) {
        const int index = int(args.indexOf(name));
        return index > 0 ? args.value(index + 1).toInt() : fallback;
    };
    const int leads = option(QStringLiteral("--leads"), smoke ? 5000 : 100000);
    const int perSync = option(QStringLiteral("--sync"), smoke ? 60 : 1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbridge.db"));

    QElapsedTimer timer;
    timer.start();
    if (!seed(path, leads)) {
        out << "cannot seed the database\n";
        return 2;
    }
    out << "Database: " << leads << " leads through SyncStore in " << timer.elapsed() / 1000.0 << " s, "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";

    // The store's open: after a clean shutdown (no check) and what the check would have cost.
    {
        Store store(QStringLiteral("bench-open"));
        timer.restart();
        const bool opened = store.open(path).isOk();
        const double openMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const bool sound = opened && store.verifyIntegrity();
        const double checkMs = timer.nsecsElapsed() / 1e6;
        out << "Store open after a clean shutdown " << openMs
            << " ms (checked: " << (store.integrityChecked() ? "yes" : "no")
            << "); PRAGMA quick_check would add " << checkMs << " ms (" << (sound ? "sound" : "DAMAGED")
            << ")\n";
    }

    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    double firstPaintMs = 0;
    double dashboardMs = 0;
    {
        timer.restart();
        MainWindow window(&translator);
        const double constructed = timer.nsecsElapsed() / 1e6;
        PaintWatcher watcher;
        window.installEventFilter(&watcher);
        if (!window.openDatabase(path))
            return 2;
        const double opened = timer.nsecsElapsed() / 1e6;
        window.show();
        waitFor([&] { return watcher.painted; }, 10000);
        firstPaintMs = timer.nsecsElapsed() / 1e6;
        out << "  window built " << constructed << " ms, database open and first pages read " << opened
            << " ms\n";
        waitFor([&] { return !window.dashboard()->isRefreshing(); }, 60000);
        dashboardMs = timer.nsecsElapsed() / 1e6;
    }
    out << "First paint of the main window " << firstPaintMs << " ms; dashboard charts filled after "
        << dashboardMs << " ms\n";

    // The sync, with each tab shown in turn.
    MainWindow window(&translator);
    if (!window.openDatabase(path))
        return 2;
    window.show();
    waitFor([&] { return !window.dashboard()->isRefreshing(); }, 60000);
    Services services(limits);
    SyncController controller(services.config(), path);
    controller.engine()->setRateLimitsEnabled(limits);
    window.setController(&controller);
    int processed = 0;
    int finishedCycles = 0;
    int backlog = 0;
    QObject::connect(&controller, &SyncController::leadProcessed, [&] { ++processed; });
    QObject::connect(&controller, &SyncController::cycleFinished, [&](const SyncSummary &summary) {
        ++finishedCycles;
        backlog = summary.backlog;
    });
    bool initialized = false;
    QObject::connect(&controller, &SyncController::initialized, [&](bool ok) { initialized = ok; });
    controller.start();
    if (!waitFor([&] { return initialized; }, 30000)) {
        out << "the engine did not start\n";
        return 2;
    }
    waitFor([&] { return finishedCycles > 0; }, 60000); // the cycle at start (nothing to send yet)

    const QStringList tabNames { QStringLiteral("dashboard"), QStringLiteral("leads"),
        QStringLiteral("orders"), QStringLiteral("deals"), QStringLiteral("errors") };
    StallProbe probe;
    double worstOverall = 0;
    double worstCpu = 0;
    bool allSent = true;
    out << "Worst event-loop stall while the engine sends " << perSync << " leads (rate limits "
        << (limits ? "on: retailCRM 10/s, Calltouch 5/s" : "off") << "), " << leads << "-lead database:\n";
    for (int tab = 0; tab < tabNames.size(); ++tab) {
        services.addCalls(perSync, tab + 1);
        window.tabs()->setCurrentIndex(tab);
        waitFor([] { return false; }, 200);
        processed = 0;
        const int cyclesBefore = finishedCycles;
        int seenCycles = finishedCycles;
        probe.start();
        timer.restart();
        controller.syncNow();
        const bool sent = waitFor(
            [&] {
                if (finishedCycles == seenCycles)
                    return false;
                seenCycles = finishedCycles;
                if (processed >= perSync && finishedCycles > cyclesBefore)
                    return true;
                controller.syncNow(); // the cycle ended with leads still due (or before they were)
                return false;
            },
            limits ? 3600 * 1000 : 600 * 1000);
        waitFor([] { return false; }, 600); // the last throttled refresh
        const double worst = probe.stop();
        allSent = allSent && sent;
        worstOverall = qMax(worstOverall, worst);
        worstCpu = qMax(worstCpu, probe.worstCpu());
        out << "  " << tabNames.at(tab) << " tab: " << worst << " ms wall, " << probe.worstCpu()
            << " ms of GUI-thread CPU between two ticks (" << processed << " leads in "
            << timer.elapsed() / 1000.0 << " s)\n";
    }

    const auto timed = [&timer](const std::function<void()> &work) {
        timer.restart();
        work();
        return timer.nsecsElapsed() / 1e6;
    };
    // A whole refresh of each table (what the end of a sync cycle costs the visible tab), its count apart.
    out << "Whole refresh of a table tab (the end of a cycle), and its row count alone:\n";
    for (int index = MainWindow::LeadsTab; index <= MainWindow::ErrorsTab; ++index) {
        window.tabs()->setCurrentIndex(index);
        TableTab *table = window.tableTab(MainWindow::Tab(index));
        const double refreshMs = timed([&] { table->refresh(); });
        int rows = 0;
        const double countMs = timed([&] { rows = table->model()->matchingCount(); });
        out << "  " << tabNames.at(index) << ": " << refreshMs << " ms, count " << countMs << " ms (" << rows
            << " rows)\n";
    }

    // Sort and filter on the leads tab (what a click on a header or typing costs, the count included).
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *tab = window.tableTab(MainWindow::LeadsTab);
    PagedTableModel *model = tab->model();
    out << "Leads tab on " << model->matchingCount() << " rows:\n";
    for (const int column : { int(LeadModel::ContactColumn), int(LeadModel::UtmSourceColumn),
             int(LeadModel::StateColumn), int(LeadModel::TimeColumn) }) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const double ms = timed([&] { tab->view()->sortByColumn(column, order); });
            out << "  sort by " << model->headerData(column, Qt::Horizontal).toString()
                << (order == Qt::AscendingOrder ? " ascending " : " descending ") << ms << " ms\n";
        }
    }
    double ms = timed([&] {
        tab->filterEdit()->setText(QStringLiteral("9165001234"));
        tab->applyFilterNow();
    });
    out << "  text filter (a phone) " << ms << " ms, " << model->rowCount() << " rows\n";
    ms = timed([&] {
        tab->filterEdit()->setText(QStringLiteral("Клиент 4242"));
        tab->applyFilterNow();
    });
    out << "  text filter (a name) " << ms << " ms, " << model->rowCount() << " rows\n";
    tab->filterEdit()->clear();
    tab->applyFilterNow();
    ms = timed([&] { model->setStatusFilter(QStringLiteral("skipped")); });
    out << "  status filter " << ms << " ms, " << model->matchingCount() << " rows\n";
    model->setStatusFilter({});
    ms = timed([&] {
        for (int i = 0; i < 20 && model->canFetchMore({}); ++i)
            model->fetchMore({});
    });
    out << "  scrolling 20 pages further " << ms << " ms\n";

    controller.stop();
    waitFor([] { return false; }, 200);
    out << "Worst stall on any tab: " << worstOverall << " ms wall, " << worstCpu
        << " ms GUI-thread CPU; load average during the run " << loadAverage() << "\n";
    const bool ok = allSent && firstPaintMs > 0 && (smoke || (worstOverall <= 50 && firstPaintMs < 300));
    out << (ok ? "OK" : "FAILED") << " (targets: first paint < 300 ms, worst stall <= 50 ms"
        << (smoke ? "; the smoke pass only checks that it runs)" : ")") << "\n";
    return ok ? 0 : 1;
}
