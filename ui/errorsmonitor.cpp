#include "errorsmonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include "sync/synccontroller.h"

namespace LeadBridge {

namespace {
    constexpr int kRefreshDelayMs = 300;
} // namespace

ErrorsMonitor::ErrorsMonitor(
    QTabWidget *tabs, int errorsTab, QLabel *banner, std::function<Store *()> store, QWidget *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_errorsTab(errorsTab)
    , m_banner(banner)
    , m_store(std::move(store))
    , m_frame(new QFrame(parent))
    , m_fixButton(new QPushButton(m_frame))
    , m_refreshTimer(new QTimer(this))
{
    m_frame->setObjectName(QStringLiteral("errorBanner"));
    auto *layout = new QHBoxLayout(m_frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_fixButton, 0, Qt::AlignVCenter);
    m_fixButton->setObjectName(QStringLiteral("bannerFixButton"));
    m_fixButton->hide();
    m_frame->setVisible(!m_banner->isHidden());
    m_banner->installEventFilter(this);
    connect(m_fixButton, &QPushButton::clicked, this, [this] { emit fixRequested(m_fix); });
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ErrorsMonitor::refresh);
}

void ErrorsMonitor::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller)
        return;
    const auto later = [this] { m_refreshTimer->start(); };
    connect(controller, &SyncController::errorRecorded, this, later);
    connect(controller, &SyncController::leadProcessed, this, later);
    connect(controller, &SyncController::dealChanged, this, later);
    connect(controller, &SyncController::cycleFinished, this, [this](const SyncSummary &summary) {
        if (!summary.credentialsRejected && summary.storeError.isEmpty()) {
            m_cause = Cause::None;
            m_bannerFromStore = false;
        }
        refresh();
    });
}

void ErrorsMonitor::setStoreProblem()
{
    m_cause = Cause::Store;
    m_bannerFromStore = false;
    updateFix();
}

void ErrorsMonitor::setCredentialsProblem()
{
    m_cause = Cause::Credentials;
    m_bannerFromStore = false;
    updateFix();
    m_refreshTimer->start(); // the error row may be written just after the signal
}

void ErrorsMonitor::refresh()
{
    m_summary = ErrorSummary::read(m_store ? m_store() : nullptr);
    // An error that stopped the sync before this start shows as the banner until a cycle says otherwise.
    if (m_firstRead && m_summary.stopping && m_banner->isHidden()) {
        m_bannerFromStore = true;
        m_banner->show();
    }
    m_firstRead = false;
    updateFix();
    retranslate();
}

void ErrorsMonitor::updateFix()
{
    using Fix = ProblemText::Fix;
    Fix fix = Fix::None;
    if (m_cause == Cause::Store) {
        fix = Fix::CheckDatabase;
    } else if (m_cause == Cause::Credentials || m_bannerFromStore) {
        // The stored error says what exactly (a wrong key, a missing permission, an insecure address).
        fix = m_summary.stopping ? ProblemText::fix(*m_summary.stopping) : Fix::Wizard;
    }
    m_fix = fix;
    m_fixButton->setVisible(fix != Fix::None);
    m_fixButton->setText(ProblemText::fixLabel(fix));
}

void ErrorsMonitor::retranslate()
{
    m_tabs->setTabText(m_errorsTab,
        m_summary.open > 0 ? tr("Errors (%1)", "open errors").arg(m_summary.open)
                           : QCoreApplication::translate("LeadBridge::MainWindow", "Errors"));
    m_tabs->setTabToolTip(m_errorsTab, tr("%n open error(s)", nullptr, m_summary.open));
    m_fixButton->setText(ProblemText::fixLabel(m_fix));
    if (m_bannerFromStore && m_summary.stopping) {
        const Problem &problem = *m_summary.stopping;
        m_banner->setText(tr("<b>%1</b> %2 The sync is stopped until this is fixed.")
                              .arg(ProblemText::sentence(problem).toHtmlEscaped(),
                                  ProblemText::remedy(problem).toHtmlEscaped()));
    }
}

bool ErrorsMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_banner
        && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_frame->setVisible(event->type() == QEvent::ShowToParent);
    return QObject::eventFilter(watched, event);
}

} // namespace LeadBridge
