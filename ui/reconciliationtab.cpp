#include "reconciliationtab.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "crmlink.h"
#include "linkdelegate.h"
#include "models/pagedtablemodel.h"
#include "models/reconcilemodel.h"
#include "resendconfirmation.h"
#include "store/reconcilestore.h"
#include "sync/reconciler.h"
#include "sync/synccontroller.h"
#include "util/formats.h"
#include "wrappedlabel.h"

namespace LeadBridge {

using Fix = ReconcileLine::Fix;

namespace {
    /// The locale's short date with a four-digit year, for the period's editors.
    QString dateFormat()
    {
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return format;
    }
} // namespace

ReconciliationTab::ReconciliationTab(QWidget *parent)
    : QWidget(parent)
    , m_intro(wrappedLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_check(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_state(wrappedLabel(this))
    , m_summary(wrappedLabel(this))
    , m_model(new ReconcileModel(this))
    , m_view(new QTableView(this))
    , m_orderLinks(new LinkDelegate(this))
    , m_fixLinks(new LinkDelegate(ReconcileModel::FixRole, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_check);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    setToday(QDate::currentDate());
    m_periodLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_check->setObjectName(QStringLiteral("reconcileCheck"));
    m_stop->setObjectName(QStringLiteral("reconcileStop"));
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_state->setObjectName(QStringLiteral("reconcileState"));
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("reconcileTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(ReconcileModel::OrderColumn, m_orderLinks);
    m_view->setItemDelegateForColumn(ReconcileModel::FixColumn, m_fixLinks);

    connect(m_check, &QPushButton::clicked, this, &ReconciliationTab::check);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancelReconcile();
    });
    connect(m_fixLinks, &LinkDelegate::linkActivated, this,
        [this](const QModelIndex &index) { fix(index.data(ReconcileModel::FixRole).toLongLong()); });
    // Enter or a double click on a row: its fix, as on the other tabs Enter opens a row.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        fix(index.siblingAtColumn(ReconcileModel::FixColumn).data(ReconcileModel::FixRole).toLongLong());
    });
    connect(m_orderLinks, &LinkDelegate::linkActivated, this, [this](const QModelIndex &index) {
        const QUrl url = CrmLink::orderUrl(
            m_accountUrl ? m_accountUrl() : QUrl(), index.data(PagedTableModel::OrderIdRole).toLongLong());
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });
    retranslate();
    showState();
}

ReconciliationTab::~ReconciliationTab() = default;

void ReconciliationTab::setToday(const QDate &today)
{
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setMinimumDate(today.addDays(-(Reconciler::kMaxDays - 1)));
        edit->setMaximumDate(today);
    }
    m_from->setDate(today.addDays(-(Reconciler::kDefaultDays - 1)));
    m_to->setDate(today);
}

void ReconciliationTab::setStore(Store *store)
{
    m_store = store;
    loadKept();
}

void ReconciliationTab::loadKept()
{
    if (m_running)
        return;
    std::optional<ReconcileReport> kept;
    if (m_store)
        kept = ReconcileStore(*m_store).last();
    showReport(kept ? *kept : ReconcileReport());
}

void ReconciliationTab::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_running = false;
    if (controller) {
        connect(controller, &SyncController::reconcileStarted, this, [this] {
            m_started = true;
            showState();
        });
        connect(controller, &SyncController::reconcileEstimated, this, [this](int requests, int seconds) {
            m_estimatedRequests = requests;
            m_estimatedSeconds = seconds;
            showState();
        });
        connect(controller, &SyncController::reconcilePlanned, this,
            [this](int soFar, int more, int atMost, int seconds) {
                m_plan = { soFar, more, atMost, seconds };
                showState();
            });
        connect(controller, &SyncController::reconcileProgress, this, [this](int done, int total) {
            m_done = done;
            m_total = total;
            showState();
        });
        connect(controller, &SyncController::reconcileFinished, this, [this](const ReconcileReport &report) {
            m_running = false;
            showReport(report);
            emit reportShown(report);
        });
        connect(controller, &SyncController::reconcileCancelled, this, [this] {
            m_running = false;
            m_stopped = true;
            showState();
            emit reportShown(m_report);
        });
        // The engine stopped (quit, new settings): a check it was making is over.
        connect(controller, &SyncController::stopped, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            m_stopped = true;
            showState();
        });
        connect(controller, &SyncController::reconcileFixed, this, [this](qint64 lineId, int answer) {
            // The time the engine noted, as a restart would show it.
            std::optional<ReconcileLine> kept;
            if (m_store)
                kept = ReconcileStore(*m_store).line(lineId);
            m_model->setFix(lineId, Fix(answer), kept ? kept->fixAt : QDateTime::currentDateTimeUtc());
            fitColumns();
            emit fixAnswered(lineId, Fix(answer));
        });
    }
    showState();
}

void ReconciliationTab::check()
{
    if (!m_controller || m_running)
        return;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    m_running = true;
    m_started = false;
    m_stopped = false;
    m_done = 0;
    m_total = 0;
    m_plan.clear();
    m_estimatedRequests = -1;
    m_controller->reconcile(from, to);
    showState();
}

void ReconciliationTab::fix(qint64 lineId)
{
    const ReconcileLine *line = m_model->line(lineId);
    if (!m_controller || !line || !line->hasFix() || line->fix != Fix::None)
        return;
    const ReconcileLine asked = *line; // the dialog's event loop may reset the model
    if (!confirm(asked))
        return;
    m_controller->fixReconcileLine(asked.id);
}

bool ReconciliationTab::confirm(const ReconcileLine &line)
{
    if (m_confirm)
        return m_confirm(line);
    if (line.kind == ReconcileLine::Kind::LeadInNoOrder)
        return ResendConfirmation::ask(1, this);
    QMessageBox box(QMessageBox::Question, tr("Push the deal"),
        tr("Push the deal of order %1 to Calltouch now?").arg(ReconcileReport::orderText(line)),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Calltouch gets the order's status and revenue as retailCRM has them now, "
                              "in place of what it shows. A deal Calltouch does not have is created."));
    QPushButton *push = box.addButton(tr("Push the deal"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    push->setAutoDefault(false);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == push;
}

void ReconciliationTab::showReport(const ReconcileReport &report)
{
    m_report = report;
    m_model->setLines(report.lines);
    fitColumns();
    if (report.from.isValid() && report.to.isValid() && !m_running) {
        m_from->setDate(report.from);
        m_to->setDate(report.to);
    }
    showState();
}

void ReconciliationTab::fitColumns()
{
    // The short columns fit their texts; the sentence takes the rest (all of it in its tooltip).
    for (int column = 0; column < ReconcileModel::DetailColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 280));
    }
}

void ReconciliationTab::showState()
{
    m_check->setEnabled(m_controller && !m_running);
    m_stop->setVisible(m_running);
    m_from->setEnabled(!m_running);
    m_to->setEnabled(!m_running);
    m_progress->setVisible(m_running);
    if (m_running) {
        m_state->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
        if (!m_started) {
            m_progress->setRange(0, 0);
            m_state->setText(tr("Starting: a sync cycle in progress finishes first."));
        } else if (m_plan.isEmpty()) {
            m_progress->setRange(0, 0);
            QString text = tr("Reading Calltouch's leads and retailCRM's orders of the period…");
            if (m_estimatedRequests >= 0)
                text += QLatin1Char(' ')
                    + tr("The check takes about %n request(s)", nullptr, m_estimatedRequests)
                    + QLatin1Char(' ')
                    + tr("and about %n second(s) within the rate limits.", nullptr, m_estimatedSeconds);
            m_state->setText(text);
        } else {
            m_progress->setRange(0, qMax(1, m_total));
            m_progress->setValue(m_done);
            const QString plan = tr("Journals and orders read with %n request(s);", nullptr, m_plan.at(0))
                + QLatin1Char(' ')
                + tr("checking takes %1 to %2 more, at most about %n second(s) within the rate limits.",
                    nullptr, m_plan.at(3))
                      .arg(m_plan.at(1))
                      .arg(m_plan.at(2));
            m_state->setText(plan + QLatin1Char(' ') + tr("%1 of %2 steps done.").arg(m_done).arg(m_total));
        }
        m_state->show();
    } else if (m_stopped) {
        m_state->setStyleSheet(QString());
        m_state->setText(tr("The check was stopped. The last complete check is shown."));
        m_state->show();
    } else if (!m_controller) {
        m_state->setStyleSheet(QString());
        m_state->setText(tr("Checking needs a configured account: run the setup wizard first."));
        m_state->show();
    } else {
        m_state->hide();
    }

    if (!m_report.finished) {
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("No check has been made yet."));
        return;
    }
    QString text =
        tr("Checked on %1; nothing was written during the check.").arg(Formats::dateTime(m_report.ranAt))
        + QLatin1Char('\n') + m_report.summaryText();
    if (m_report.isClean()) {
        m_summary->setStyleSheet(QStringLiteral("color: #1e6b2a;"));
        text = tr("Everything matches.") + QLatin1Char(' ') + text;
    } else if (!m_report.error.isOk() || !m_report.missingFields.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("color: #a31515;"));
    } else {
        m_summary->setStyleSheet(QString());
    }
    m_summary->setText(text);
}

void ReconciliationTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_running)
        loadKept();
}

void ReconciliationTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        fitColumns(); // the texts' widths changed
        showState();
    }
    QWidget::changeEvent(event);
}

void ReconciliationTab::retranslate()
{
    m_intro->setText(tr("Compares Calltouch with retailCRM for a period, without writing anything: every "
                        "lead with a contact should be in an order, every order should have its deal with "
                        "the same status and revenue. What does not match is listed with its fix."));
    m_periodLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:"));
    m_check->setText(tr("&Check now"));
    m_stop->setText(tr("&Stop"));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setDisplayFormat(dateFormat());
}

} // namespace LeadBridge
