#include "dashboard.h"

#include <memory>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "models/labels.h"
#include "revenuechart.h"
#include "store/backgroundreader.h"
#include "store/store.h"
#include "util/formats.h"

namespace LeadBridge {
namespace {

    constexpr int kTopSources = 7;

    QChartView *makeView(QWidget *parent)
    {
        auto *view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        // Small enough for a 1024×600 screen with the menu, tool and status bars.
        view->setMinimumSize(300, 170);
        return view;
    }

    QChart *makeChart(const QString &title)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        QFont font = chart->titleFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        chart->setTitleFont(font);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 4, 4));
        return chart;
    }

} // namespace

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent)
    , m_reader(new BackgroundReader(this))
{
    m_leadsView = makeView(this);
    m_ordersView = makeView(this);
    m_revenue = new RevenueChart(this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_leadsView, 0, 0, 1, 2);
    layout->addWidget(m_ordersView, 1, 0);
    layout->addWidget(m_revenue, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    redraw();
}

void Dashboard::setStore(Store *store)
{
    m_store = store;
    m_reader->setDatabasePath(store && store->isOpen() ? store->path() : QString());
    refresh();
}

void Dashboard::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    const QDate today = QDate::currentDate();
    if (m_reader->databasePath().isEmpty()) {
        finish(DashboardQuery::compute(nullptr, today));
        return;
    }
    m_busy = true;
    auto numbers = std::make_shared<DashboardNumbers>();
    m_reader->run([numbers, today](Store *store) { *numbers = DashboardQuery::compute(store, today); },
        [this, numbers] {
            m_busy = false;
            finish(*numbers);
        });
}

void Dashboard::setNumbers(const DashboardNumbers &numbers)
{
    m_numbers = numbers;
    redraw();
}

void Dashboard::finish(const DashboardNumbers &numbers)
{
    setNumbers(numbers);
    emit refreshed();
    if (std::exchange(m_again, false))
        refresh();
}

void Dashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

void Dashboard::redraw()
{
    const QLocale locale;
    // Leads per day, stacked by kind.
    {
        QChart *chart = makeChart(tr("Leads per day, last 14 days"));
        auto *series = new QStackedBarSeries;
        int maxDay = 0;
        QList<int> totals(int(m_numbers.days.size()), 0);
        for (const auto kind :
            { Calltouch::Lead::Kind::Call, Calltouch::Lead::Kind::Request, Calltouch::Lead::Kind::Chat }) {
            auto *set = new QBarSet(Labels::kindText(kind));
            const QList<int> counts =
                m_numbers.leadsPerDay.value(kind, QList<int>(int(m_numbers.days.size()), 0));
            for (int i = 0; i < counts.size(); ++i) {
                *set << counts.at(i);
                totals[i] += counts.at(i);
            }
            series->append(set);
        }
        for (int total : totals)
            maxDay = qMax(maxDay, total);
        chart->addSeries(series);
        QStringList categories;
        for (const QDate &day : m_numbers.days)
            categories << Formats::dayMonth(day, locale); // short: 14 fit at 1024 px
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, qMax(4, maxDay + maxDay / 10 + 1));
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->applyNiceNumbers();
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        if (maxDay == 0) {
            // No lead yet: a scale of zeros says nothing.
            axisY->setVisible(false);
            chart->setTitle(tr("Leads per day, last 14 days (none yet)"));
        }
        QChart *old = m_leadsView->chart();
        m_leadsView->setChart(chart);
        delete old;
    }
    // Leads by what they did to an order: created / updated / skipped / matched (LeadResults, the same
    // counts as the Leads and Orders tabs: one per lead).
    {
        QChart *chart = makeChart(tr("What the leads did to orders"));
        auto *series = new QPieSeries;
        series->setHoleSize(0.35);
        int total = 0;
        for (const auto action : { Db::OrderAction::Created, Db::OrderAction::Updated,
                 Db::OrderAction::Skipped, Db::OrderAction::Matched }) {
            const int count = m_numbers.orderActions.value(action);
            total += count;
            if (count > 0)
                series->append(
                    tr("%1: %2", "order action and count").arg(Labels::orderActionText(action)).arg(count),
                    count);
        }
        if (total == 0)
            chart->setTitle(tr("What the leads did to orders (nothing yet)"));
        chart->addSeries(series);
        // Below the ring: at the right, "Обновлён: 12" was cut to "Обновлён…" in a half-width chart.
        chart->legend()->setAlignment(Qt::AlignBottom);
        QChart *old = m_ordersView->chart();
        m_ordersView->setChart(chart);
        delete old;
    }
    // Deal revenue by the source of the bound lead, in money of the account's currency.
    {
        using Kind = DashboardNumbers::SourceRevenue::Kind;
        const auto bar = [&locale](const QString &label, double revenue, const QString &toolTip = {}) {
            return RevenueChart::Bar { label, revenue,
                Formats::money(revenue, QStringLiteral("RUB"), locale, 0), toolTip };
        };
        QList<RevenueChart::Bar> bars;
        bool notFound = false;
        double other = 0;
        for (int i = 0; i < m_numbers.revenueBySource.size(); ++i) {
            const DashboardNumbers::SourceRevenue &revenue = m_numbers.revenueBySource.at(i);
            if (i >= kTopSources) {
                other += revenue.revenue;
                continue;
            }
            switch (revenue.kind) {
            case Kind::NotFound:
                notFound = true;
                bars << bar(tr("Lead not found"), revenue.revenue, notFoundExplanation());
                break;
            case Kind::Chain:
                bars << bar(tr("Matched by Calltouch"), revenue.revenue,
                    tr("Calltouch bound these orders to a lead through the customer's contacts."));
                break;
            case Kind::NoSource:
                bars << bar(tr("No UTM source"), revenue.revenue,
                    tr("The bound lead came without a utm_source (e.g. a direct call)."));
                break;
            case Kind::Source:
                bars << bar(revenue.source, revenue.revenue);
                break;
            }
        }
        if (other > 0)
            bars << bar(tr("Other"), other, tr("The sources after the %1 largest.").arg(kTopSources));
        m_revenue->setTitle(bars.isEmpty() ? tr("Deal revenue by lead source (no deals yet)")
                                           : tr("Deal revenue by lead source"));
        m_revenue->setBars(bars);
        m_revenue->setNote(notFound
                ? tr("Lead not found: orders whose phone or e-mail matched no Calltouch lead "
                     "(offline or repeat customers).")
                : QString());
    }
}

QString Dashboard::notFoundExplanation()
{
    return tr(
        "Orders whose phone or e-mail matched no Calltouch lead: offline sales, or repeat customers who "
        "did not call or write this time.");
}

} // namespace LeadBridge
