#include "dashboard.h"

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
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "models/labels.h"
#include "store/store.h"

namespace LeadBridge {
namespace {

    constexpr int kDays = 14;
    constexpr int kTopSources = 7;
    const QString kChainSource = QStringLiteral("~chain");
    const QString kNoSource = QStringLiteral("~none");

    QChartView *makeView(QWidget *parent)
    {
        auto *view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 260);
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
    refresh();
}

void Dashboard::refresh()
{
    m_numbers = compute(m_store, QDate::currentDate());
    redraw();
}

Dashboard::Numbers Dashboard::compute(Store *store, const QDate &today)
{
    Numbers numbers;
    for (int i = kDays - 1; i >= 0; --i)
        numbers.days << today.addDays(-i);
    for (const QString &kind : { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") })
        numbers.leadsPerDay.insert(kind, QList<int>(kDays, 0));
    if (!store || !store->isOpen())
        return numbers;

    QSqlQuery q(store->database());
    q.prepare(
        QStringLiteral("SELECT date(occurred_at / 1000, 'unixepoch', 'localtime') AS day, kind, COUNT(*)"
                       " FROM leads WHERE occurred_at >= ? GROUP BY day, kind"));
    q.addBindValue(numbers.days.first().startOfDay().toMSecsSinceEpoch());
    if (q.exec()) {
        while (q.next()) {
            const int index =
                int(numbers.days.indexOf(QDate::fromString(q.value(0).toString(), Qt::ISODate)));
            auto it = numbers.leadsPerDay.find(q.value(1).toString());
            if (index >= 0 && it != numbers.leadsPerDay.end())
                (*it)[index] += q.value(2).toInt();
        }
    }
    if (q.exec(QStringLiteral("SELECT action, COUNT(*) FROM orders GROUP BY action"))) {
        while (q.next())
            numbers.orderActions.insert(q.value(0).toString(), q.value(1).toInt());
    }
    const QString revenueSql = QStringLiteral(
        "SELECT CASE WHEN d.binding_kind = 'chain' THEN '%1' WHEN l.id IS NULL THEN ''"
        " ELSE IFNULL(NULLIF(l.utm_source, ''), '%2') END AS src, SUM(CAST(d.revenue AS REAL)) AS total"
        " FROM deals d LEFT JOIN leads l ON d.binding_lead_id <> ''"
        " AND l.kind = d.binding_kind"
        " AND l.remote_id = d.binding_lead_id"
        " GROUP BY src ORDER BY total DESC")
                                   .arg(kChainSource, kNoSource);
    if (q.exec(revenueSql)) {
        while (q.next())
            numbers.revenueBySource.append({ q.value(0).toString(), q.value(1).toDouble() });
    }
    return numbers;
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
        for (const QString &kind :
            { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") }) {
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
            categories << locale.toString(day, QStringLiteral("d MMM"));
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
        QChart *old = m_leadsView->chart();
        m_leadsView->setChart(chart);
        delete old;
    }
    // Orders: created / updated / skipped / matched.
    {
        QChart *chart = makeChart(tr("What happened to orders"));
        auto *series = new QPieSeries;
        series->setHoleSize(0.35);
        int total = 0;
        for (const QString &action : { QStringLiteral("created"), QStringLiteral("updated"),
                 QStringLiteral("skipped"), QStringLiteral("matched") }) {
            const int count = m_numbers.orderActions.value(action);
            total += count;
            if (count > 0)
                series->append(
                    tr("%1: %2", "order action and count").arg(Labels::orderActionText(action)).arg(count),
                    count);
        }
        if (total == 0)
            chart->setTitle(tr("What happened to orders (nothing yet)"));
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
        const auto label = [](const QString &source) {
            if (source.isEmpty())
                return tr("Lead not found");
            if (source == kChainSource)
                return tr("Matched by Calltouch");
            if (source == kNoSource)
                return tr("No UTM source");
            return source;
        };
        QList<QPair<QString, double>> rows;
        for (int i = 0; i < m_numbers.revenueBySource.size(); ++i) {
            if (i < kTopSources)
                rows << m_numbers.revenueBySource.at(i);
            else
                other += m_numbers.revenueBySource.at(i).second;
        }
        if (other > 0)
            rows << qMakePair(tr("Other"), other);
        // Largest on top: horizontal bars are drawn bottom-up.
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            categories << (it->first == tr("Other") ? it->first : label(it->first));
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
        QChart *old = m_revenueView->chart();
        m_revenueView->setChart(chart);
        delete old;
    }
}

} // namespace LeadBridge
