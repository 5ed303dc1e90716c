// The sync benchmark: the real engine against the simulated services over loopback.
//   bench_sync                 10 000 leads over 5 000 customers; 10 000 orders with 20 000 known leads
//   bench_sync --limits N      N leads with the services' real rate limits on (retailCRM 10/s, Calltouch 5/s)
//   bench_sync --smoke         a quick pass (ctest)
// Prints leads/s, API requests per lead by outcome, orders/s and requests per order, the time from a
// status change in the CRM to the deal's update, and the peak memory.
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

namespace {

QTextStream out(stdout);

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QString phoneNumber(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

struct LeadFigures
{
    double seconds = 0;
    int leads = 0;
    int created = 0, updated = 0, skipped = 0, failed = 0;
    int crmRequests = 0, ctRequests = 0;
};

LeadFigures measureLeads(int leads, int customers, bool limits)
{
    SyncFixture f;
    QRandomGenerator random(42);
    for (int i = 0; i < customers; ++i) {
        const qint64 id = f.addCustomer(phoneNumber(i));
        if (i % 3 == 0)
            f.addOrder(id, QStringLiteral("new"), 5);
        else if (i % 6 == 1)
            f.addOrder(id, QStringLiteral("complete"), 5);
    }
    for (int i = 0; i < leads; ++i) {
        const int who =
            (i % 2 == 0) ? int(random.bounded(customers)) : customers + int(random.bounded(leads / 2 + 1));
        const QDateTime at = f.now.addSecs(-3600 - int(random.bounded(86400)));
        if (i % 4 == 3)
            f.ct->addRequest(at, phoneNumber(who), {}, QStringLiteral("Клиент"), QStringLiteral("Заявка"));
        else
            f.ct->addCall(at, phoneNumber(who), QStringLiteral("yandex"), QStringLiteral("cpc"));
    }
    if (limits) {
        f.crm->setRateLimit(10);
        f.ct->server()->setRateLimit(5);
    }
    f.config.dealSync = false;
    f.rateLimits = limits;
    f.makeEngine();
    LeadFigures figures;
    figures.leads = leads;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 0; cycle < 200; ++cycle) {
        const SyncSummary summary = f.cycle(3600 * 1000);
        figures.created += summary.ordersCreated;
        figures.updated += summary.ordersUpdated;
        figures.skipped += summary.leadsSkipped;
        figures.failed += summary.leadsFailed;
        if (summary.backlog == 0)
            break;
    }
    figures.seconds = timer.elapsed() / 1000.0;
    figures.crmRequests = f.crm->server()->totalRequests();
    figures.ctRequests = f.ct->server()->totalRequests();
    return figures;
}

struct DealFigures
{
    double seconds = 0;
    int orders = 0;
    int deals = 0;
    int crmRequests = 0, ctRequests = 0;
    double updateSeconds = 0;
    int updateCycles = 0;
    double idleCycleSeconds = 0;
};

DealFigures measureDeals(int orders, int knownLeads)
{
    SyncFixture f;
    f.config.dealSync = true;
    f.config.leadKinds = {}; // only deals here: the known leads are there for binding
    QRandomGenerator random(7);
    for (int i = 0; i < knownLeads; ++i)
        f.ct->addCall(f.now.addDays(-1 - int(random.bounded(300))), phoneNumber(i), QStringLiteral("google"));
    QList<qint64> orderIds;
    for (int i = 0; i < orders; ++i) {
        RetailCrm::Order order;
        order.site = (i % 2) ? QStringLiteral("outlet") : QStringLiteral("main-shop");
        order.phone = phoneNumber(int(random.bounded(knownLeads * 3 / 2))); // two thirds have a lead
        order.status = QStringLiteral("new");
        order.totalSumm = QString::number(1000 + i);
        order.createdAt = f.now.addSecs(-3600 - i);
        orderIds << f.crm->addOrder(order);
    }
    f.makeEngine();
    // From the first start: custom fields, the 12-month lead index, the history, the deals.
    DealFigures figures;
    figures.orders = orders;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 0; cycle < 50; ++cycle) {
        const SyncSummary summary = f.cycle(3600 * 1000);
        figures.deals += summary.dealsCreated;
        if (summary.backlog == 0)
            break;
    }
    figures.deals = int(f.ct->deals().size());
    figures.seconds = timer.elapsed() / 1000.0;
    figures.crmRequests = f.crm->server()->totalRequests();
    figures.ctRequests = f.ct->server()->totalRequests();

    QElapsedTimer idle;
    idle.start();
    f.cycle();
    figures.idleCycleSeconds = idle.elapsed() / 1000.0;

    // A status change in the CRM: how many cycles and how long until Calltouch has it.
    const QString number = QString::number(orderIds.first());
    f.crm->setOrderStatus(orderIds.first(), QStringLiteral("complete"));
    QElapsedTimer change;
    change.start();
    for (int cycle = 1; cycle <= 5; ++cycle) {
        f.cycle();
        if (f.ct->deal(number).status == QLatin1String("complete")) {
            figures.updateCycles = cycle;
            break;
        }
    }
    figures.updateSeconds = change.elapsed() / 1000.0;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const int limitsIndex = int(args.indexOf(QStringLiteral("--limits")));
    if (!args.contains(QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(
            QStringLiteral("leadbridge.*.info=false\nleadbridge.*.warning=false"));

    if (limitsIndex > 0) {
        const int leads = args.value(limitsIndex + 1, QStringLiteral("300")).toInt();
        const LeadFigures l = measureLeads(leads, leads / 2, true);
        out << "leads with real rate limits: " << l.leads << " leads in " << l.seconds
            << " s = " << l.leads / qMax(0.001, l.seconds) << " leads/s; retailCRM requests/lead "
            << double(l.crmRequests) / l.leads << "\n";
        return 0;
    }

    const int leads = smoke ? 200 : 10000;
    const int customers = smoke ? 100 : 5000;
    const LeadFigures l = measureLeads(leads, customers, false);
    out << "Direction 1 (no added latency, rate limits off): " << l.leads << " leads over " << customers
        << " customers\n";
    out << "  time " << l.seconds << " s, " << l.leads / qMax(0.001, l.seconds) << " leads/s\n";
    out << "  outcomes: created " << l.created << ", updated " << l.updated << ", skipped " << l.skipped
        << ", failed " << l.failed << "\n";
    out << "  retailCRM requests " << l.crmRequests << " (" << double(l.crmRequests) / l.leads
        << " per lead), Calltouch requests " << l.ctRequests << "\n";
    out << "  peak memory " << peakRssMiB() << " MiB\n";
    out.flush();

    const int orders = smoke ? 150 : 10000;
    const DealFigures d = measureDeals(orders, smoke ? 300 : 20000);
    out << "Direction 2: " << d.orders << " orders, " << (smoke ? 300 : 20000) << " known leads\n";
    out << "  time " << d.seconds << " s, " << d.orders / qMax(0.001, d.seconds)
        << " orders/s, deals created " << d.deals << "\n";
    out << "  requests: retailCRM " << d.crmRequests << ", Calltouch " << d.ctRequests << " ("
        << double(d.crmRequests + d.ctRequests) / qMax(1, d.orders) << " per order)\n";
    out << "  idle cycle " << d.idleCycleSeconds << " s; status change reached Calltouch after "
        << d.updateCycles << " cycle(s), " << d.updateSeconds
        << " s of cycle time (plus up to one sync interval, default 60 s)\n";
    out << "  peak memory " << peakRssMiB() << " MiB\n";
    const bool ok = l.failed == 0 && l.created + l.updated + l.skipped == l.leads && d.deals == d.orders
        && d.updateCycles == 1;
    out << (ok ? "OK" : "FAILED: not every lead or order went through") << "\n";
    return ok ? 0 : 1;
}
