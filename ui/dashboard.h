#pragma once

#include <QWidget>

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

    struct Numbers
    {
        QList<QDate> days; ///< the last 14 local days, oldest first
        QHash<QString, QList<int>> leadsPerDay; ///< kind -> count per day
        QHash<QString, int> orderActions; ///< created / updated / skipped / matched -> count
        QList<QPair<QString, double>>
            revenueBySource; ///< source ("" = lead not found) -> revenue, largest first
    };
    [[nodiscard]] static Numbers compute(Store *store, const QDate &today);
    [[nodiscard]] const Numbers &numbers() const { return m_numbers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    Store *m_store = nullptr;
    Numbers m_numbers;
    QChartView *m_leadsView = nullptr;
    QChartView *m_ordersView = nullptr;
    QChartView *m_revenueView = nullptr;
};

} // namespace LeadBridge
