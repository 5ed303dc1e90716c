// The benchmark a user would believe: the REAL binary (`leadbridge --once`, env LEADBRIDGE_BINARY) in a
// process of its own, against the simulated retailCRM and Calltouch served from this process with the
// services' real limits and real over-limit answers (retailCRM: 10 requests in any sliding second per
// key, then 503 {"success":false,"errorMsg":"Rate limit exceeded"} without Retry-After; Calltouch 5/s).
//   bench_app                 1,000 leads (a third each: new contact, customer with a closed order,
//                             customer with an open order)
//   bench_app --leads N       N leads
//   bench_app --smoke         30 leads (ctest): every lead done, < 1 % refused
// Prints wall time ÷ the bound (requests ÷ 10 rps), refused requests, retailCRM requests per lead per
// case, the app's peak RSS and its CPU time per lead.
#include <sys/resource.h>

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;

namespace {

QTextStream out(stdout);

const QString kApiKey = QStringLiteral("bench-app-retailcrm-key-0123456789");

enum Case { NewContact, ClosedOrder, OpenOrder, Overhead, CaseCount };
const char *const kCaseNames[] = { "new contact", "customer with a closed order",
    "customer with an open order", "not per lead (fields, reference, journals)" };

/// Phones per case: +79<case+1><8 digits>, so every request naming one (national or full digits) tells
/// its case.
QString phoneOf(Case c, int i)
{
    return QStringLiteral("+79%1%2").arg(int(c) + 1).arg(i, 8, 10, QLatin1Char('0'));
}

qint64 childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

long childrenPeakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

/// VmHWM (the peak resident size so far) of a running process, in KiB; -1 when unreadable.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct World
{
    RetailCrm::Simulator crm;
    Calltouch::Simulator ct;
    QHash<qint64, Case> customers; ///< customer id -> case
    QHash<qint64, Case> orders; ///< order id -> case
    int perCase[3] = { 0, 0, 0 };
    int ordersBefore = 0;

    explicit World(int leads)
    {
        crm.setRateLimit(10); // the real limit (also the default): 503 without Retry-After
        RetailCrm::Site shop;
        shop.code = QStringLiteral("main-shop");
        shop.name = QStringLiteral("Main shop");
        shop.ordering = 1;
        crm.addSite(shop);
        crm.addDefaultStatuses();
        crm.addApiKey(kApiKey);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < leads; ++i) {
            const Case c = Case(i % 3);
            const QString phone = phoneOf(c, i);
            if (c != NewContact) {
                RetailCrm::Customer customer;
                customer.firstName = QStringLiteral("Клиент %1").arg(i);
                customer.phones << phone;
                customer.createdAt = now.addDays(-40);
                const qint64 customerId = crm.addCustomer(customer);
                customers.insert(customerId, c);
                RetailCrm::Order order;
                order.site = shop.code;
                order.customerId = customerId;
                order.phone = phone;
                order.status = c == ClosedOrder ? QStringLiteral("complete") : QStringLiteral("new");
                order.createdAt = now.addDays(-30);
                orders.insert(crm.addOrder(order), c);
            }
            ++perCase[c];
            ct.addCall(now.addSecs(-7200 + i), phone, QStringLiteral("yandex"), QStringLiteral("cpc"));
        }
        ordersBefore = int(crm.orders().size());
    }

    /// The case a logged request belongs to (by the phone, customer id or order id it names).
    Case caseOf(const QByteArray &raw) const
    {
        static const QRegularExpression phone(QStringLiteral("(?<!\\d)7?9([123])\\d{8}(?!\\d)"));
        static const QRegularExpression customer(QStringLiteral("customerId(?:%5D|\\])=(\\d+)"));
        static const QRegularExpression edit(QStringLiteral("/api/v5/orders/(\\d+)/edit"));
        const QString text = QString::fromUtf8(raw);
        if (const auto m = phone.match(text); m.hasMatch())
            return Case(m.captured(1).toInt() - 1);
        if (const auto m = customer.match(text); m.hasMatch())
            return customers.value(m.captured(1).toLongLong(), Overhead);
        if (const auto m = edit.match(text); m.hasMatch())
            return orders.value(m.captured(1).toLongLong(), Overhead);
        return Overhead;
    }
};

struct Run
{
    int exitCode = -1;
    bool finished = false;
    double seconds = 0;
    qint64 cpuMs = 0;
    qint64 peakKiB = 0;
    QString output;
};

Run runApp(World &world, const QTemporaryDir &dir)
{
    const QString ini = dir.filePath(QStringLiteral("leadbridge.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("retailcrm/url"), world.crm.url().toString());
        settings.setValue(QStringLiteral("calltouch/apiUrl"), world.ct.url().toString());
        settings.setValue(QStringLiteral("calltouch/siteId"), world.ct.siteId());
        settings.setValue(QStringLiteral("sync/leadDelaySeconds"), 0);
        settings.setValue(
            QStringLiteral("sync/since"), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        settings.setValue(QStringLiteral("sync/leadKinds"), QStringList { QStringLiteral("call") });
        settings.setValue(QStringLiteral("sync/dealSync"), false); // the bound is retailCRM's 10/s alone
        settings.sync();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LEADBRIDGE_RETAILCRM_API_KEY"), kApiKey);
    env.insert(QStringLiteral("LEADBRIDGE_CALLTOUCH_TOKEN"), world.ct.token());

    QString binary = qEnvironmentVariable("LEADBRIDGE_BINARY");
    if (binary.isEmpty())
        binary = QStringLiteral(LEADBRIDGE_BUILD_BINARY);
    Run run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const qint64 cpuBefore = childrenCpuMs();
    QElapsedTimer wall;
    QEventLoop loop; // the simulators answer from this loop while the app runs
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop,
        [&] { run.peakKiB = qMax(run.peakKiB, peakRssKiB(process.processId())); });
    QObject::connect(&process, &QProcess::finished, &loop, [&] {
        run.finished = true;
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    wall.start();
    process.start(binary,
        { QStringLiteral("--once"), QStringLiteral("--config"), ini, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("bench.db")) });
    poll.start();
    QTimer::singleShot(3600 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    run.seconds = wall.elapsed() / 1000.0;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
        run.output = QStringLiteral("the app did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.cpuMs = childrenCpuMs() - cpuBefore;
    run.peakKiB = qMax<qint64>(run.peakKiB, childrenPeakRssKiB()); // wait4's figure once reaped
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int leads = smoke ? 30 : 1000;
    if (const int at = int(args.indexOf(QStringLiteral("--leads"))); at > 0)
        leads = qMax(3, args.value(at + 1).toInt());

    World world(leads);
    if (world.crm.start() == 0 || world.ct.start() == 0) {
        out << "FAILED: the simulators cannot listen\n";
        return 1;
    }
    QTemporaryDir dir;
    const Run run = runApp(world, dir);

    int requests[CaseCount] = { 0, 0, 0, 0 };
    const QList<QByteArray> log = world.crm.server()->requestLog();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    for (const QByteArray &raw : log) {
        const Case c = world.caseOf(raw);
        ++requests[c];
        if (verbose)
            out << c << " " << raw.left(raw.indexOf('\r')) << "\n";
    }
    const int total = int(log.size());
    const int refused = world.crm.server()->rateLimitedCount();
    const int served = total - refused;
    const double bound = served / 10.0;
    const int created = int(world.crm.orders().size()) - world.ordersBefore;
    const int edited = world.crm.server()->count(QStringLiteral("POST /api/v5/orders/{id}/edit"));

    out << "bench_app: the real binary, `leadbridge --once`, " << leads
        << " call leads; simulated services in the bench process with the real limits\n";
    out << "  app exit code " << run.exitCode << "\n";
    out << "  wall " << QString::number(run.seconds, 'f', 1) << " s; bound (" << served
        << " retailCRM requests / 10 rps) " << QString::number(bound, 'f', 1) << " s; wall / bound "
        << QString::number(run.seconds / qMax(0.1, bound), 'f', 3) << "\n";
    out << "  refused by the rate limit: " << refused << " of " << total << " retailCRM requests ("
        << QString::number(100.0 * refused / qMax(1, total), 'f', 2) << " %); Calltouch requests "
        << world.ct.server()->totalRequests() << ", refused " << world.ct.server()->rateLimitedCount()
        << "\n";
    out << "  retailCRM requests per lead (refused ones included):\n";
    for (int c = NewContact; c <= OpenOrder; ++c) {
        out << "    " << kCaseNames[c] << ": "
            << QString::number(double(requests[c]) / qMax(1, world.perCase[c]), 'f', 2) << " (" << requests[c]
            << " for " << world.perCase[c] << " leads)\n";
    }
    out << "    all leads: " << QString::number(double(total - requests[Overhead]) / leads, 'f', 2) << "; "
        << kCaseNames[Overhead] << ": " << requests[Overhead] << "\n";
    out << "  orders created " << created << " (customers made with them "
        << world.crm.customersCreatedWithOrders() << "), orders edited " << edited << "\n";
    out << "  app peak RSS " << run.peakKiB / 1024 << " MiB; app CPU " << run.cpuMs
        << " ms = " << QString::number(double(run.cpuMs) / leads, 'f', 2) << " ms per lead\n";

    const int expectedCreates = world.perCase[NewContact] + world.perCase[ClosedOrder];
    const bool allDone = run.exitCode == 0 && created == expectedCreates && edited >= world.perCase[OpenOrder]
        && world.crm.customersCreatedWithOrders() == world.perCase[NewContact];
    const bool fewRefused = refused * 100 < qMax(1, total);
    if (!allDone)
        out << "FAILED: not every lead went through\n" << run.output.right(3000) << "\n";
    else if (!fewRefused)
        out << "FAILED: 1 % or more of the requests were refused\n";
    else
        out << "OK"
            << (run.seconds <= 1.05 * bound ? " (wall within 1.05 x bound)" : " (wall above 1.05 x bound)")
            << "\n";
    return allDone && fewRefused ? 0 : 1;
}
