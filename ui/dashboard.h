#pragma once

#include <QWidget>

#include "store/queries/dashboardquery.h"

class QChartView;
class QLabel;

namespace LeadBridge {

class BackgroundReader;
class RevenueChart;
class Store;

/// Charts over the local store: leads per day by kind, what happened to orders, deal revenue by source.
/// The aggregates are computed in a worker thread with its own connection (BackgroundReader), so a
/// refresh never holds up the window; the charts are redrawn when the numbers arrive.
class Dashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)
public:
    explicit Dashboard(QWidget *parent = nullptr);

    void setStore(Store *store);
    /// Reads the numbers again in the background and redraws when they arrive (refreshed()). A
    /// request while one runs is coalesced into one more run after it.
    void refresh();
    /// Whether a refresh is still running or queued.
    [[nodiscard]] bool isRefreshing() const { return m_busy; }

    [[nodiscard]] const DashboardNumbers &numbers() const { return m_numbers; }
    /// Deal revenue by lead source.
    [[nodiscard]] RevenueChart *revenueChart() const { return m_revenue; }
    /// Draws @p numbers now (what a refresh does when its numbers arrive).
    void setNumbers(const DashboardNumbers &numbers);
    /// What the "Lead not found" bar means (its tooltip).
    [[nodiscard]] static QString notFoundExplanation();

signals:
    /// New numbers are drawn.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    void finish(const DashboardNumbers &numbers);

    Store *m_store = nullptr;
    BackgroundReader *m_reader = nullptr;
    bool m_busy = false;
    bool m_again = false;
    DashboardNumbers m_numbers;
    QChartView *m_leadsView = nullptr;
    QChartView *m_ordersView = nullptr;
    RevenueChart *m_revenue = nullptr;
};

} // namespace LeadBridge
