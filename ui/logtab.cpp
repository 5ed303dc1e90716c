#include "logtab.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/runlogmodel.h"
#include "store/runlog.h"

namespace LeadBridge {

LogTab::LogTab(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new RunLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_period(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunLogModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunLogModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_periodLabel->setBuddy(m_period);
    m_resultLabel->setBuddy(m_result);
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString(), i);
    for (int i = 0; i < 7; ++i)
        m_result->addItem(QString(), i);
    m_period->setCurrentIndex(int(Period::All));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_resultLabel);
    filters->addWidget(m_result);
    filters->addSpacing(12);
    filters->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // As wide as the longest entry, in either language ("Все (хранятся 90 дн.)" was cut).
    for (QComboBox *combo : { m_period, m_result })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, &LogTab::refresh);
    connect(m_result, qOverload<int>(&QComboBox::currentIndexChanged), this, &LogTab::refresh);
    retranslate();
}

void LogTab::setStore(Store *store)
{
    m_store = store;
    m_stale = true;
    if (isVisible())
        refresh();
}

void LogTab::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
}

void LogTab::setResultFilter(ResultFilter filter)
{
    m_result->setCurrentIndex(int(filter));
}

void LogTab::refresh()
{
    m_stale = false;
    if (!m_store || !m_store->isOpen()) {
        m_model->setRecords({});
        retranslate();
        return;
    }
    RunLog::Filter filter;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    switch (Period(m_period->currentIndex())) {
    case Period::Day:
        filter.fromMs = now - RunLog::kDayMs;
        break;
    case Period::Week:
        filter.fromMs = now - 7 * RunLog::kDayMs;
        break;
    case Period::Month:
        filter.fromMs = now - 30 * RunLog::kDayMs;
        break;
    case Period::All:
        break;
    }
    switch (ResultFilter(m_result->currentIndex())) {
    case ResultFilter::Any:
        break;
    case ResultFilter::Problems:
        filter.failuresOnly = true;
        break;
    case ResultFilter::Ok:
        filter.result = RunResult::Ok;
        break;
    case ResultFilter::ItemsFailed:
        filter.result = RunResult::ItemsFailed;
        break;
    case ResultFilter::ReadsFailed:
        filter.result = RunResult::ReadsFailed;
        break;
    case ResultFilter::Configuration:
        filter.result = RunResult::Configuration;
        break;
    case ResultFilter::StoreFailure:
        filter.result = RunResult::StoreFailure;
        break;
    }
    m_model->setRecords(RunLog(*m_store).read(filter));
    retranslate();
}

void LogTab::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void LogTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void LogTab::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_resultLabel->setText(tr("&Result:"));
    const QStringList periods { tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
        tr("All (kept for %1 days)").arg(RunLog::kKeepDays) };
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    const QStringList results { tr("Any result"), tr("Only problems"), RunLogModel::resultText(RunResult::Ok),
        RunLogModel::resultText(RunResult::ItemsFailed), RunLogModel::resultText(RunResult::ReadsFailed),
        RunLogModel::resultText(RunResult::Configuration), RunLogModel::resultText(RunResult::StoreFailure) };
    for (int i = 0; i < results.size(); ++i)
        m_result->setItemText(i, results.at(i));
    m_summary->setText(tr("Runs shown: %1, newest first").arg(m_model->rowCount()));
}

} // namespace LeadBridge
