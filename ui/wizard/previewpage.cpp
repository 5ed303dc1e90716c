#include "previewpage.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "calltouchpage.h"
#include "models/previewmodel.h"
#include "optionspage.h"
#include "optionswidget.h"
#include "orderoptionswidget.h"
#include "settings/appsettings.h"
#include "setupwizard.h"
#include "sincepage.h"
#include "sync/dryrun.h"
#include "wrappedlabel.h"

namespace LeadBridge {

namespace {
    QString dayText(const QDate &date)
    {
        return QLocale().toString(date, QLocale::ShortFormat);
    }
} // namespace

PreviewPage::PreviewPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_intro(wrappedLabel(this))
    , m_days(new QSpinBox(this))
    , m_daysLabel(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_counts(wrappedLabel(this))
    , m_model(new PreviewModel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(this))
    , m_startLabel(new QLabel(this))
    , m_start(new QButtonGroup(this))
    , m_startToday(new QRadioButton(this))
    , m_include(new QRadioButton(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_daysLabel);
    controls->addWidget(m_days);
    controls->addWidget(m_run);
    controls->addStretch(1);
    controls->addWidget(m_export);
    layout->addLayout(controls);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_startLabel);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_startToday);
    choices->addWidget(m_include);
    choices->addStretch(1);
    layout->addLayout(choices);

    m_daysLabel->setBuddy(m_days);
    m_days->setRange(1, DryRunPlanner::kMaxDays);
    m_days->setValue(DryRunPlanner::kDefaultDays);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(90);
    m_start->addButton(m_startToday);
    m_start->addButton(m_include);
    m_export->setEnabled(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(600);

    connect(m_debounce, &QTimer::timeout, this, &PreviewPage::preview);
    connect(m_run, &QPushButton::clicked, this, &PreviewPage::preview);
    connect(m_export, &QPushButton::clicked, this, &PreviewPage::exportWithDialog);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        m_debounce->start();
        retranslate(); // the dates in the choice
        if (m_include->isChecked())
            applyStartChoice();
    });
    connect(m_start, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            applyStartChoice();
    });
    retranslate();
}

PreviewPage::~PreviewPage() = default;

bool PreviewPage::isRunning() const
{
    return m_planner && m_planner->isRunning();
}

QDate PreviewPage::previewStart() const
{
    // The Since page's days (the computer's): "the last 7 days" there is the same period as here.
    return QDate::currentDate().addDays(-(m_days->value() - 1));
}

SyncConfig PreviewPage::config() const
{
    SetupWizard *wizard = setupWizard();
    SyncConfig config = wizard->settings() ? wizard->settings()->toSyncConfig() : SyncConfig();
    config.retailCrmUrl = wizard->retailCrmUrl();
    config.retailCrmApiKey = wizard->retailCrmApiKey();
    if (!wizard->accountTimeZone().isEmpty())
        config.retailCrmTimeZone = wizard->accountTimeZone();
    const auto *calltouch = qobject_cast<CalltouchPage *>(wizard->page(SetupWizard::CalltouchPageId));
    config.calltouchApiUrl = ConnectionPage::normalizedUrl(calltouch->apiUrlEdit()->text());
    config.calltouchSiteId = calltouch->siteIdEdit()->text().trimmed();
    config.calltouchToken = calltouch->tokenEdit()->text().trimmed();
    // The options as chosen on the earlier page, not yet saved.
    const OptionsWidget *options =
        qobject_cast<OptionsPage *>(wizard->page(SetupWizard::OptionsPageId))->options();
    config.leadKinds = options->kinds();
    config.orderOptions = options->orderOptions()->options();
    return config;
}

void PreviewPage::initializePage()
{
    syncStartChoice();
    preview();
}

void PreviewPage::cleanupPage()
{
    m_debounce->stop();
    m_planner.reset(); // Back: the reads in flight are dropped
    showState();
}

void PreviewPage::preview()
{
    m_debounce->stop();
    m_planner = std::make_unique<DryRunPlanner>(config());
    m_done = 0;
    m_total = 0;
    connect(m_planner.get(), &DryRunPlanner::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        showState();
    });
    connect(m_planner.get(), &DryRunPlanner::finished, this, [this](const DryRunReport &report) {
        m_report = report;
        m_model->setRows(report.rows);
        m_table->resizeColumnsToContents();
        showState();
        emit previewFinished();
    });
    m_planner->run(m_days->value());
    showState();
}

void PreviewPage::showState()
{
    m_export->setEnabled(m_report.finished && !m_report.rows.isEmpty());
    m_run->setEnabled(!isRunning());
    if (isRunning()) {
        m_counts->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
        m_counts->setText(tr("Reading the leads of the last %n day(s)… %1 of %2 checked in retailCRM.",
            nullptr, m_days->value())
                              .arg(m_done)
                              .arg(m_total));
        return;
    }
    if (!m_report.finished) {
        m_counts->clear();
        return;
    }
    const QString requests =
        tr("%n request(s) to Calltouch and retailCRM; nothing was written.", nullptr, int(m_report.requests));
    if (!m_report.error.isOk()) {
        m_counts->setStyleSheet(QStringLiteral("color: #a31515;"));
        m_counts->setText(tr("The preview could not read %1: %2 You can go on: the preview is optional.")
                              .arg(m_report.errorService, m_report.error.userMessage()));
        return;
    }
    m_counts->setStyleSheet(QString());
    m_counts->setText(m_report.summaryText() + QLatin1Char(' ') + requests);
}

void PreviewPage::applyStartChoice()
{
    auto *since = qobject_cast<SincePage *>(setupWizard()->page(SetupWizard::SincePageId));
    if (m_startToday->isChecked()) {
        since->setChoice(SincePage::Choice::Today);
    } else if (m_include->isChecked()) {
        since->dateEdit()->setDate(previewStart());
        since->setChoice(SincePage::Choice::Date);
    }
}

void PreviewPage::syncStartChoice()
{
    // Shows what the Since page holds; neither button when it is another date.
    const QDate since = qobject_cast<SincePage *>(setupWizard()->page(SetupWizard::SincePageId))->since();
    const QSignalBlocker blocker(m_start);
    m_start->setExclusive(false);
    m_startToday->setChecked(since == QDate::currentDate());
    m_include->setChecked(since != QDate::currentDate() && since == previewStart());
    m_start->setExclusive(true);
}

bool PreviewPage::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_report.toCsv()) < 0
        || !file.flush()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PreviewPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the preview"),
        tr("leadbridge-preview.csv", "default file name"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the preview"), error);
}

void PreviewPage::retranslate()
{
    setTitle(tr("Preview the first sync"));
    setSubTitle(tr("Nothing is written: LeadBridge reads the recent leads and shows what it would do."));
    m_intro->setText(tr("Each Calltouch lead of the period, checked against the customers and orders in "
                        "retailCRM with the same rules as the sync."));
    m_daysLabel->setText(tr("&Days:"));
    m_days->setAccessibleName(tr("Days to preview"));
    m_run->setText(tr("&Preview again"));
    m_export->setText(tr("&Export CSV…"));
    m_startLabel->setText(tr("Start syncing from:"));
    m_startToday->setText(tr("today (%1)").arg(dayText(QDate::currentDate())));
    m_include->setText(tr("%1, the previewed leads included").arg(dayText(previewStart())));
    m_model->retranslate();
    showState();
}

} // namespace LeadBridge
