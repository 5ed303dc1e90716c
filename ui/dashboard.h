#pragma once

#include <QWidget>

#include "store/queries/dashboardquery.h"

class QChartView;
class QLabel;

namespace LeadBridge {

class Store;

/// Charts over the local store: leads per day by kind, what happened to orders, deal revenue by source.
class Dashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)
public:
    explicit Dashboard(QWidget *parent = nullptr);

    void setStore(Store *store);
    /// Reads the numbers again and redraws.
    void refresh();

    [[nodiscard]] const DashboardNumbers &numbers() const { return m_numbers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    Store *m_store = nullptr;
    DashboardNumbers m_numbers;
    QChartView *m_leadsView = nullptr;
    QChartView *m_ordersView = nullptr;
    QChartView *m_revenueView = nullptr;
};

} // namespace LeadBridge
