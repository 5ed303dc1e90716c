#pragma once

#include <functional>

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace LeadBridge {

class RunLogModel;
class Store;

/// The "Log" tab: one row per sync cycle from the run log, newest first, with filters by period and
/// result (like an automation log). Reads through the window's own database connection.
class LogTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTab)
public:
    enum class Period { Day, Week, Month, All };
    enum class ResultFilter { Any, Problems, Ok, ItemsFailed, ReadsFailed, Configuration, StoreFailure };

    explicit LogTab(QWidget *parent = nullptr);

    /// The connection to read from (nullptr: nothing to show).
    void setStore(Store *store);
    /// "Now" for the period filter (tests); the wall clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void setPeriod(Period period);
    void setResultFilter(ResultFilter filter);

    /// Reads the log again now (when shown, and after each cycle while shown).
    void refresh();
    /// A cycle ended: read now if the tab is seen, else when it is shown.
    void markStale();

    [[nodiscard]] RunLogModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *periodBox() const { return m_period; }
    [[nodiscard]] QComboBox *resultBox() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Store *m_store = nullptr;
    std::function<QDateTime()> m_clock;
    RunLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_period;
    QComboBox *m_result;
    QLabel *m_periodLabel;
    QLabel *m_resultLabel;
    QLabel *m_summary;
    bool m_stale = true;
};

} // namespace LeadBridge
