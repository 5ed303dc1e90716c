#pragma once

#include "setuppage.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace LeadBridge {

/// Creates the custom order fields LeadBridge needs in retailCRM (or reuses those that exist), one by one.
class FieldsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsPage)
public:
    enum class State { Waiting, Working, Created, Existed, Failed };
    explicit FieldsPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int fieldCount() const { return int(m_states.size()); }
    [[nodiscard]] State state(int row) const { return m_states.value(row); }
    [[nodiscard]] QString resultText(int row) const;
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    /// created / existed counts for the summary.
    [[nodiscard]] QString summary() const;

protected:
    void retranslate() override;

private:
    void start();
    void next(int row);
    void showRow(int row);
    QLabel *m_intro;
    QGridLayout *m_grid;
    QList<QLabel *> m_names;
    QList<QLabel *> m_results;
    QList<State> m_states;
    QStringList m_errors;
    QPushButton *m_retry;
    QObject *m_context = nullptr;
};

} // namespace LeadBridge
