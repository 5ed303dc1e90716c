// MainWindow, the tables' extras: the selection that Resend and Retry act on, each table's context menu,
// order links and keyboard (TableContextMenu) wired to the window's actions, and File > Export…
// (TableExport with a progress dialog).
#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include "logtab.h"
#include "mainwindow.h"
#include "modelexport.h"
#include "models/dealmodel.h"
#include "models/errormodel.h"
#include "models/leadmodel.h"
#include "models/ordermodel.h"
#include "reconciliationtab.h"
#include "resendconfirmation.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tablecontextmenu.h"
#include "tableexport.h"
#include "tabletab.h"

namespace LeadBridge {

QList<qint64> MainWindow::selectedLeadIds() const
{
    switch (m_tabs->currentIndex()) {
    case LeadsTab:
        return m_tables.at(LeadsTab)->selectedIds();
    case OrdersTab:
        return m_tables.at(OrdersTab)->selectedIds(OrderModel::LeadIdRole);
    case ErrorsTab:
        return m_tables.at(ErrorsTab)->selectedIds(ErrorModel::LeadIdRole);
    default:
        return {};
    }
}

QList<qint64> MainWindow::selectedDealIds() const
{
    switch (m_tabs->currentIndex()) {
    case DealsTab:
        return m_tables.at(DealsTab)->selectedIds();
    case ErrorsTab:
        return m_tables.at(ErrorsTab)->selectedIds(ErrorModel::DealIdRole);
    default:
        return {};
    }
}

void MainWindow::resendSelected()
{
    const QList<qint64> ids = selectedLeadIds();
    if (!m_controller || ids.isEmpty() || !ResendConfirmation::ask(int(ids.size()), this))
        return;
    for (qint64 id : ids)
        m_controller->resendLead(id);
    statusBar()->showMessage(tr("%n lead(s) queued to be sent again now.", nullptr, int(ids.size())), 6000);
}

void MainWindow::retrySelected()
{
    const QList<qint64> ids = selectedDealIds();
    if (!m_controller || ids.isEmpty())
        return;
    for (qint64 id : ids)
        m_controller->retryDeal(id);
    statusBar()->showMessage(tr("%n deal(s) queued to be sent again now.", nullptr, int(ids.size())), 6000);
}

void MainWindow::createReconciliationTab()
{
    m_reconcileTab = new ReconciliationTab(m_tabs);
    m_reconcileTab->setAccountUrl([this] { return m_settings ? m_settings->retailCrmUrl() : QUrl(); });
    m_tabs->addTab(m_reconcileTab, QString());
}

void MainWindow::createTableActions()
{
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCurrentTable(); });
    m_fileMenu->insertAction(m_settingsAction, m_exportAction);
    m_fileMenu->insertSeparator(m_settingsAction);

    const auto accountUrl = [this] { return m_settings ? m_settings->retailCrmUrl() : QUrl(); };
    const struct
    {
        Tab tab;
        int linkColumn;
        QList<QAction *> actions;
    } wiring[] = {
        { LeadsTab, LeadModel::OrderColumn, { m_resendAction } },
        { OrdersTab, OrderModel::NumberColumn, { m_resendAction } },
        { DealsTab, DealModel::OrderColumn, { m_retryAction } },
        { ErrorsTab, -1, { m_resendAction, m_retryAction } },
    };
    for (const auto &table : wiring) {
        TableContextMenu *menu = tableTab(table.tab)->contextMenu();
        menu->setAccountUrl(accountUrl);
        menu->setLinkColumn(table.linkColumn);
        menu->setSelectionActions(table.actions);
        menu->setExportAction(m_exportAction);
    }
    const auto updateExport = [this] {
        const int index = m_tabs->currentIndex();
        m_exportAction->setEnabled(tableTab(Tab(index)) || plainTable(index));
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateExport);
    updateExport();
}

void MainWindow::retranslateTableActions()
{
    m_exportAction->setText(tr("&Export table…"));
    m_exportAction->setToolTip(tr("Save the visible table, as filtered and sorted, as a CSV file"));
}

QTableView *MainWindow::plainTable(int index) const
{
    if (index == RunLogTab)
        return m_logTab->view();
    if (index == ReconcileTab)
        return m_reconcileTab->view();
    return nullptr;
}

TableExport *MainWindow::exportCurrentTable(const QString &chosenPath)
{
    const int index = m_tabs->currentIndex();
    TableTab *tab = tableTab(Tab(index));
    QTableView *inMemory = plainTable(index);
    if ((!tab && !inMemory) || !m_store)
        return nullptr;
    QString path = chosenPath;
    if (path.isEmpty()) {
        QString name = m_tabs->tabText(index).remove(QLatin1Char('&'));
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("%1 %2.csv").arg(name, QDate::currentDate().toString(Qt::ISODate)));
        path = QFileDialog::getSaveFileName(this, tr("Export table"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return nullptr;
    }
    if (inMemory) {
        QString error;
        int rows = 0;
        if (ModelExport::write(*inMemory, path, &error, &rows))
            statusBar()->showMessage(
                tr("%n row(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
        else
            QMessageBox::warning(this, tr("Export failed"), error);
        return nullptr;
    }
    auto *job = new TableExport(tab->model(), tab->contextMenu()->visibleColumns(), this);
    if (!job->start(path)) {
        const QString error = job->errorString();
        delete job;
        QMessageBox::warning(this, tr("Export failed"), error);
        return nullptr;
    }
    // Shown only when the export takes a while (a large table).
    auto *dialog = new QProgressDialog(
        tr("Exporting %n row(s)…", nullptr, job->total()), tr("Cancel"), 0, qMax(1, job->total()), this);
    dialog->setObjectName(QStringLiteral("exportProgress"));
    dialog->setWindowTitle(tr("Export table"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, job, &TableExport::cancel);
    connect(job, &TableExport::progress, dialog, [dialog](int written, int total) {
        dialog->setMaximum(qMax(1, total));
        dialog->setValue(written);
    });
    connect(job, &TableExport::finished, this, [this, job, dialog](bool ok) {
        dialog->hide();
        dialog->deleteLater();
        job->deleteLater();
        if (ok) {
            statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, job->written())
                                         .arg(QDir::toNativeSeparators(job->path())),
                8000);
        } else if (!job->errorString().isEmpty()) {
            QMessageBox::warning(this, tr("Export failed"), job->errorString());
        } else {
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 6000);
        }
    });
    return job;
}

} // namespace LeadBridge
