#include "tablecontextmenu.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QTableView>

#include "crmlink.h"
#include "linkdelegate.h"
#include "models/pagedtablemodel.h"

namespace LeadBridge {
namespace {

    /// A cell's full text on one line (a copy is one line per row, a tab between cells).
    QString oneLine(QString text)
    {
        for (QChar &c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    }

} // namespace

TableContextMenu::TableContextMenu(QTableView *view, PagedTableModel *model, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableContextMenu::showMenu);
    m_view->installEventFilter(this);
}

void TableContextMenu::setLinkColumn(int column)
{
    if (m_linkColumn >= 0)
        m_view->setItemDelegateForColumn(m_linkColumn, nullptr);
    m_linkColumn = column;
    if (column < 0)
        return;
    if (!m_delegate) {
        m_delegate = new LinkDelegate(this);
        connect(m_delegate, &LinkDelegate::linkActivated, this,
            [this](const QModelIndex &index) { openInCrm(index); });
    }
    m_view->setItemDelegateForColumn(column, m_delegate);
}

QMenu *TableContextMenu::createMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (index.isValid()) {
        QAction *copyCell = menu->addAction(tr("Copy &cell"));
        // The menu stays open while the engine's changes reload the table: a reset invalidates these.
        const QPersistentModelIndex cell(index);
        connect(copyCell, &QAction::triggered, this, [cell] {
            if (cell.isValid())
                QApplication::clipboard()->setText(cell.data(Qt::DisplayRole).toString());
        });
        copyCell->setObjectName(QStringLiteral("copyCell"));
        QAction *copyRow = menu->addAction(tr("Cop&y row"));
        connect(copyRow, &QAction::triggered, this, [this, cell] {
            if (cell.isValid())
                QApplication::clipboard()->setText(rowText(cell.row()));
        });
        copyRow->setObjectName(QStringLiteral("copyRow"));
        if (m_view->selectionModel() && m_view->selectionModel()->selectedRows().size() > 1) {
            QAction *copySelected = menu->addAction(tr("Copy selected rows"));
            connect(copySelected, &QAction::triggered, this, &TableContextMenu::copySelection);
            copySelected->setShortcut(QKeySequence::Copy);
            copySelected->setObjectName(QStringLiteral("copySelection"));
        }
        const QUrl url = orderUrl(index);
        if (url.isValid()) {
            menu->addSeparator();
            QAction *open = menu->addAction(tr("&Open in retailCRM"));
            connect(open, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
            open->setObjectName(QStringLiteral("openInCrm"));
            open->setToolTip(url.toString());
        }
        bool separated = false;
        for (QAction *action : std::as_const(m_selectionActions)) {
            if (!action || !action->isEnabled())
                continue;
            if (!separated)
                menu->addSeparator();
            separated = true;
            menu->addAction(action);
        }
        menu->addSeparator();
        QAction *details = menu->addAction(tr("Show &details"));
        connect(details, &QAction::triggered, this,
            [this, id = index.siblingAtColumn(0).data(PagedTableModel::IdRole).toLongLong()] {
                emit detailsRequested(id);
            });
        details->setObjectName(QStringLiteral("showDetails"));
        menu->setDefaultAction(details);
    }
    if (m_exportAction) {
        menu->addSeparator();
        menu->addAction(m_exportAction);
    }
    return menu;
}

void TableContextMenu::showMenu(const QPoint &pos)
{
    QMenu *menu = createMenu(m_view->indexAt(pos), m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QList<int> TableContextMenu::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString TableContextMenu::rowText(int row) const
{
    QStringList cells;
    for (int column : visibleColumns())
        cells << oneLine(m_model->index(row, column).data(Qt::DisplayRole).toString());
    return cells.join(QLatin1Char('\t'));
}

QString TableContextMenu::selectionText() const
{
    if (!m_view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines << rowText(row);
    return lines.join(QLatin1Char('\n'));
}

void TableContextMenu::copySelection()
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QUrl TableContextMenu::orderUrl(const QModelIndex &index) const
{
    if (!index.isValid() || !m_accountUrl)
        return {};
    return CrmLink::orderUrl(m_accountUrl(), index.data(PagedTableModel::OrderIdRole).toLongLong());
}

bool TableContextMenu::openInCrm(const QModelIndex &index)
{
    const QUrl url = orderUrl(index);
    if (!url.isValid())
        return false;
    QDesktopServices::openUrl(url);
    return true;
}

bool TableContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const QModelIndex current = m_view->currentIndex();
        if (enter && current.isValid()) {
            const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
            if (modifiers == Qt::ControlModifier) {
                openInCrm(current);
                return true;
            }
            if (modifiers == Qt::NoModifier) {
                emit detailsRequested(current.siblingAtColumn(0).data(PagedTableModel::IdRole).toLongLong());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeadBridge
