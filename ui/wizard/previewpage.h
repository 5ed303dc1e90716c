#pragma once

#include <memory>

#include <QDate>

#include "setuppage.h"
#include "sync/dryrunreport.h"
#include "sync/syncconfig.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace LeadBridge {

class DryRunPlanner;
class PreviewModel;

/// "Preview the first sync" (issue 17, the dry run): before anything is written, reads the last days
/// of Calltouch leads and the CRM's customers and orders and shows what the first sync would do with
/// each lead (counts above, the table below, exportable to CSV). Nothing is written: the preview runs a
/// DryRunPlanner, whose clients cannot send a write. Then the admin chooses where syncing starts:
/// today, or the previewed period included; the choice is the "since" date of the Since page (one value
/// for both pages, saved with the wizard).
class PreviewPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)
public:
    explicit PreviewPage(SetupWizard *wizard);
    ~PreviewPage() override;
    void initializePage() override;
    void cleanupPage() override;

    /// Runs the preview again (the days of the spin box).
    void preview();
    [[nodiscard]] bool isRunning() const;
    /// The last finished preview (finished false before the first).
    [[nodiscard]] const DryRunReport &report() const { return m_report; }
    /// The first day of the previewed period.
    [[nodiscard]] QDate previewStart() const;
    /// Writes the table as CSV (UTF-8 with a BOM); false with a translated @p error.
    bool exportCsv(const QString &path, QString *error) const;

    [[nodiscard]] QSpinBox *daysSpin() const { return m_days; }
    [[nodiscard]] QPushButton *previewButton() const { return m_run; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QLabel *countsLabel() const { return m_counts; }
    [[nodiscard]] PreviewModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QRadioButton *startTodayButton() const { return m_startToday; }
    [[nodiscard]] QRadioButton *includeButton() const { return m_include; }

signals:
    void previewFinished();

protected:
    void retranslate() override;

private:
    [[nodiscard]] SyncConfig config() const;
    void showState();
    void applyStartChoice();
    void syncStartChoice();
    void exportWithDialog();

    QLabel *m_intro;
    QSpinBox *m_days;
    QLabel *m_daysLabel;
    QPushButton *m_run;
    QLabel *m_counts;
    PreviewModel *m_model;
    QTableView *m_table;
    QPushButton *m_export;
    QLabel *m_startLabel;
    QButtonGroup *m_start;
    QRadioButton *m_startToday;
    QRadioButton *m_include;
    QTimer *m_debounce;
    std::unique_ptr<DryRunPlanner> m_planner;
    DryRunReport m_report;
    int m_done = 0;
    int m_total = 0;
};

} // namespace LeadBridge
