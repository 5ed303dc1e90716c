#include "dashboard.h"

#include <memory>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "models/labels.h"
#include "store/backgroundreader.h"
#include "store/store.h"

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
    m_revenueView = makeView(this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_leadsView, 0, 0, 1, 2);
    layout->addWidget(m_ordersView, 1, 0);
    layout->addWidget(m_revenueView, 1, 1);
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

void Dashboard::finish(const DashboardNumbers &numbers)
{
    m_numbers = numbers;
    redraw();
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
            categories << locale.toString(day, QStringLiteral("dd.MM")); // short: 14 fit at 1024 px
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
        chart->legend()->setAlignment(Qt::AlignRight);
        QChart *old = m_ordersView->chart();
        m_ordersView->setChart(chart);
        delete old;
    }
    // Deal revenue by the source of the bound lead.
    {
        QChart *chart = makeChart(tr("Deal revenue by lead source, thousands"));
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Revenue"));
        QStringList categories;
        double maxValue = 0;
        double other = 0;
        const auto label = [](const DashboardNumbers::SourceRevenue &revenue) {
            using Kind = DashboardNumbers::SourceRevenue::Kind;
            switch (revenue.kind) {
            case Kind::NotFound:
                return tr("Lead not found");
            case Kind::Chain:
                return tr("Matched by Calltouch");
            case Kind::NoSource:
                return tr("No UTM source");
            case Kind::Source:
                break;
            }
            return revenue.source;
        };
        QList<QPair<QString, double>> rows;
        for (int i = 0; i < m_numbers.revenueBySource.size(); ++i) {
            const DashboardNumbers::SourceRevenue &revenue = m_numbers.revenueBySource.at(i);
            if (i < kTopSources)
                rows << qMakePair(label(revenue), revenue.revenue);
            else
                other += revenue.revenue;
        }
        if (other > 0)
            rows << qMakePair(tr("Other"), other);
        // Largest on top: horizontal bars are drawn bottom-up.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            categories << it->first;
            // In thousands: short labels on the bars.
            *set << qRound(it->second / 1000.0);
            maxValue = qMax(maxValue, it->second / 1000.0);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(9);
        chart->addSeries(series);
        chart->legend()->hide();
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories.isEmpty() ? QStringList { tr("No deals yet") } : categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, qMax(1.0, maxValue * 1.05));
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        if (rows.isEmpty()) {
            // No deal yet: no scale of "0 0 0 1 1 1", no empty category.
            axisX->setVisible(false);
            axisY->setVisible(false);
            chart->setTitle(tr("Deal revenue by lead source (no deals yet)"));
        }
        QChart *old = m_revenueView->chart();
        m_revenueView->setChart(chart);
        delete old;
    }
}

} // namespace LeadBridge
