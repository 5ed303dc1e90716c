#pragma once

#include "retailcrm/retailcrmtypes.h"
#include "setuppage.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace LeadBridge {

/// The custom order fields LeadBridge needs in retailCRM: the page lists each one (name, code, type and
/// whether it exists or will be created) and writes nothing until the admin presses Create; fields that
/// exist with the same code are reused.
class FieldsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsPage)
public:
    enum class State {
        Waiting, ///< not known yet (the account's fields are being read)
        Missing, ///< will be created when Create is pressed
        Working, ///< being created
        Created,
        Existed,
        Failed,
    };
    explicit FieldsPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    /// Every field exists (found or created).
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int fieldCount() const { return int(m_states.size()); }
    [[nodiscard]] State state(int row) const { return m_states.value(row); }
    [[nodiscard]] QString resultText(int row) const;
    /// Creates the missing fields (disabled until the account's fields are read, hidden when none is
    /// missing).
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    /// Reads the account's fields again after an error.
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    /// created / existed counts for the summary.
    [[nodiscard]] QString summary() const;

protected:
    void retranslate() override;

private:
    void readExisting();
    void create();
    void createNext(int row);
    void showRow(int row);
    void updateButtons();
    [[nodiscard]] static QString typeText(const QString &type);

    QLabel *m_intro;
    QGridLayout *m_grid;
    QList<QLabel *> m_header;
    QList<QList<QLabel *>> m_rows; ///< name, code, type, state
    QList<RetailCrm::CustomField> m_fields;
    QList<State> m_states;
    QStringList m_errors;
    QString m_readError;
    QLabel *m_problem;
    QPushButton *m_create;
    QPushButton *m_retry;
    QObject *m_context = nullptr;
};

} // namespace LeadBridge
