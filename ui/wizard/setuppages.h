#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace LeadBridge {

class SetupWizard;

/// Shared by the two connection pages: a status line with a busy bar and a "Cancel check" button.
class CheckStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckStatus)
public:
    explicit CheckStatus(QWidget *parent = nullptr);
    void showChecking();
    void showOk(const QString &text);
    void showProblem(const QString &text);
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    void retranslate();

private:
    QProgressBar *m_busy;
    QLabel *m_label;
    QPushButton *m_cancel;
};

class LanguagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)
public:
    explicit LanguagePage(SetupWizard *wizard);
    [[nodiscard]] QRadioButton *russianButton() const { return m_russian; }
    [[nodiscard]] QRadioButton *englishButton() const { return m_english; }
    [[nodiscard]] QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
    QLabel *m_intro;
    QRadioButton *m_russian;
    QRadioButton *m_english;
};

class RetailCrmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetailCrmPage)
public:
    explicit RetailCrmPage(SetupWizard *wizard);
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit *keyEdit() const { return m_key; }
    [[nodiscard]] CheckStatus *status() const { return m_status; }
    [[nodiscard]] bool isChecking() const { return m_context != nullptr; }
    void cancelCheck();

    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onChecked(const struct CrmCheckResult &result);
    SetupWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_urlLabel;
    QLabel *m_keyLabel;
    QLabel *m_keyHint;
    QLineEdit *m_url;
    QLineEdit *m_key;
    CheckStatus *m_status;
    QObject *m_context = nullptr;
    bool m_verified = false;
};

class CalltouchPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalltouchPage)
public:
    explicit CalltouchPage(SetupWizard *wizard);
    [[nodiscard]] QLineEdit *siteIdEdit() const { return m_siteId; }
    [[nodiscard]] QLineEdit *tokenEdit() const { return m_token; }
    [[nodiscard]] QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    [[nodiscard]] CheckStatus *status() const { return m_status; }
    [[nodiscard]] bool isChecking() const { return m_context != nullptr; }
    void cancelCheck();

    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onChecked(const struct CalltouchCheckResult &result);
    SetupWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_siteIdLabel;
    QLabel *m_tokenLabel;
    QLabel *m_apiUrlLabel;
    QLabel *m_hint;
    QLineEdit *m_siteId;
    QLineEdit *m_token;
    QLineEdit *m_apiUrl;
    CheckStatus *m_status;
    QObject *m_context = nullptr;
    bool m_verified = false;
};

class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)
public:
    explicit OptionsPage(SetupWizard *wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QComboBox *shopCombo() const { return m_shop; }
    [[nodiscard]] QCheckBox *kindBox(const QString &kind) const;
    [[nodiscard]] QSpinBox *delaySpin() const { return m_delay; }
    [[nodiscard]] QCheckBox *dealSyncBox() const { return m_dealSync; }
    [[nodiscard]] QStringList kinds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
    QLabel *m_shopLabel;
    QLabel *m_kindsLabel;
    QLabel *m_delayLabel;
    QLabel *m_delayHint;
    QComboBox *m_shop;
    QCheckBox *m_calls;
    QCheckBox *m_requests;
    QCheckBox *m_chats;
    QSpinBox *m_delay;
    QCheckBox *m_dealSync;
    QLabel *m_dealSyncHint;
    bool m_initialized = false;
};

class FieldsPage final : public QWizardPage
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
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void start();
    void next(int row);
    void showRow(int row);
    SetupWizard *m_wizard;
    QLabel *m_intro;
    QGridLayout *m_grid;
    QList<QLabel *> m_names;
    QList<QLabel *> m_results;
    QList<State> m_states;
    QStringList m_errors;
    QPushButton *m_retry;
    QObject *m_context = nullptr;
};

class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    explicit FinishPage(SetupWizard *wizard);
    void initializePage() override;
    [[nodiscard]] QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
    QLabel *m_summary;
};

} // namespace LeadBridge
