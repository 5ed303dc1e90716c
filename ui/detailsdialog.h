#pragma once

#include <QDialog>

#include "util/problemtext.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;
class QDialogButtonBox;
class QPushButton;

namespace LeadBridge {

class Store;
struct LeadRecord;

/// Everything about one row: a lead's raw fields, decision, reason and every attempt; a deal's binding
/// and error; an order's lead, contact and UTM; an error's full message. reload() shows it anew.
class DetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsDialog)
public:
    enum class Kind { Lead, Order, Deal, Error };

    /// Reads the row from @p store. Returns false (and shows nothing) when it does not exist.
    DetailsDialog(Store *store, Kind kind, qint64 id, QWidget *parent = nullptr);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] qint64 id() const { return m_id; }
    /// The pretty-printed raw JSON of a lead (empty for other kinds).
    [[nodiscard]] QString rawText() const;
    /// Label/value pairs shown at the top, for tests.
    [[nodiscard]] QStringList summaryTexts() const;
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QPushButton *resendButton() const { return m_resend; }
    /// The local lead id this dialog is about (a lead, or an Orders tab row); 0 for deals and errors.
    [[nodiscard]] qint64 leadId() const;
    /// An error's fix button (hidden when the error has no fix; nullptr for other kinds).
    [[nodiscard]] QPushButton *fixButton() const { return m_fix; }

public slots:
    /// Reads the row again and shows it as it is now (the lead changed, e.g. after a resend).
    void reload();

signals:
    void resendRequested(qint64 leadId);
    void retryRequested(qint64 orderId);
    /// An error's fix was chosen (its button: Settings, the setup wizard or Check database).
    void fixRequested(LeadBridge::ProblemText::Fix fix);

private:
    void build();
    QLabel *addRow(const QString &label, const QString &value);
    void buildLead(Store *store);
    void addWaiting(const LeadRecord &r);
    void buildOrder(Store *store);
    void buildDeal(Store *store);
    void buildError(Store *store);

    Store *m_store = nullptr;
    Kind m_kind;
    qint64 m_id;
    bool m_valid = false;
    QVBoxLayout *m_layout = nullptr; ///< the dialog's: the content, then the buttons
    QWidget *m_content = nullptr; ///< rebuilt by reload()
    QVBoxLayout *m_contentLayout = nullptr;
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QTableWidget *m_history = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_fix = nullptr; ///< an error's fix, when it has one
    ProblemText::Fix m_fixKind = ProblemText::Fix::None;
};

} // namespace LeadBridge
