#include "tabletab.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/pagedtablemodel.h"
#include "tablecontextmenu.h"

namespace LeadBridge {
namespace {
    constexpr int kMaxColumnWidth = 260;
}

TableTab::TableTab(PagedTableModel *model, int stretchColumn, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stretchColumn(stretchColumn)
{
    m_model->setParent(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    m_status = new QComboBox(this);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The indicator first: enabling sorting sorts by it at once.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &TableTab::applyFilterNow);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        if (index >= 0)
            m_model->setStatusFilter(m_status->itemData(index).toString());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit rowActivated(index.siblingAtColumn(0).data(PagedTableModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableTab::updateCount);
    m_menu = new TableContextMenu(m_view, m_model, this);
    connect(m_menu, &TableContextMenu::detailsRequested, this, &TableTab::rowActivated);

    retranslate();
    fitColumns();
}

QList<qint64> TableTab::selectedIds(int role) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : selectedRows()) {
        const qint64 id = index.data(role ? role : int(PagedTableModel::IdRole)).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

QModelIndexList TableTab::selectedRows() const
{
    return m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
}

void TableTab::refresh()
{
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_view->currentIndex().isValid()
        ? m_view->currentIndex().siblingAtColumn(0).data(PagedTableModel::IdRole).toLongLong()
        : 0;
    const int scroll = m_view->verticalScrollBar()->value();
    m_sinceReload.start();
    m_model->reload();
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    if (!selection.isEmpty())
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current && m_model->rowOfId(current) >= 0)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(m_model->rowOfId(current), 0), QItemSelectionModel::NoUpdate);
    m_view->verticalScrollBar()->setValue(scroll);
    if (!m_fitted && m_model->rowCount() > 0)
        fitColumns();
}

void TableTab::refreshRows(const QList<qint64> &ids)
{
    const QList<qint64> missing = m_model->refreshRows(ids);
    if (!missing.isEmpty() && m_model->rowCount() <= PagedTableModel::kChunk
        && (!m_sinceReload.isValid() || m_sinceReload.elapsed() >= kNewRowsIntervalMs))
        refresh();
}

void TableTab::applyFilterNow()
{
    m_filterTimer->stop();
    m_model->setTextFilter(m_filter->text());
}

void TableTab::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == m_stretchColumn)
            continue;
        m_view->resizeColumnToContents(column);
        // Wide enough for the header text too, never wider than the cap.
        const int headerWidth =
            header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + 28;
        const int width = qMax(header->sectionSize(column), headerWidth);
        header->resizeSection(column, qMin(width + 8, kMaxColumnWidth));
    }
    if (m_stretchColumn >= 0) {
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
        header->setMinimumSectionSize(48);
    }
    m_fitted = m_model->rowCount() > 0;
}

void TableTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void TableTab::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: phone, e-mail, name, number, UTM…"));
    m_statusLabel->setText(tr("Show:"));
    fillStatusCombo();
    updateCount();
}

void TableTab::fillStatusCombo()
{
    // The first time, the model's own filter (e.g. the errors' default "open") is shown as chosen.
    const QString key = m_status->count() > 0 ? m_status->currentData().toString() : m_model->statusFilter();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    for (const PagedTableModel::StatusOption &option : m_model->statusOptions())
        m_status->addItem(option.label, option.key);
    m_status->setCurrentIndex(qMax(0, m_status->findData(key)));
}

void TableTab::updateCount()
{
    m_count->setText(tr("%n row(s)", nullptr, m_model->matchingCount()));
}

} // namespace LeadBridge
