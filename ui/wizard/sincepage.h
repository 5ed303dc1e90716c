#pragma once

#include <QDate>

#include "setuppage.h"

class QButtonGroup;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTimer;

namespace LeadBridge {

/// "Import leads since": today, the last 7 or 30 days, or a date; shows how many leads Calltouch holds
/// for that range (counted live with the checked site ID and token) before the first sync. Saved as
/// sync/since.
class SincePage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SincePage)
public:
    enum class Choice { Today, Week, Month, Date };
    explicit SincePage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;

    /// The first day whose leads are imported.
    [[nodiscard]] QDate since() const;
    void setChoice(Choice choice);
    [[nodiscard]] QRadioButton *choiceButton(Choice choice) const;
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    /// The count (or why it is unknown); empty while counting.
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] bool isCounting() const { return m_context != nullptr; }

protected:
    void retranslate() override;

private:
    void count();
    void showCount();
    [[nodiscard]] static QDate today();
    [[nodiscard]] static QString dateFormat();

    QLabel *m_intro;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_choices;
    QDateEdit *m_date;
    QLabel *m_count;
    QTimer *m_debounce;
    QObject *m_context = nullptr;
    bool m_loaded = false;
    /// The last count: calls, requests, and for which date (invalid: none yet); or the error.
    int m_calls = -1;
    int m_requests = -1;
    QDate m_countedSince;
    QString m_countError;
};

} // namespace LeadBridge
