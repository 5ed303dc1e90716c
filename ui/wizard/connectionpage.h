#pragma once

#include <QLineEdit>
#include <QUrl>

#include "setuppage.h"

class QFormLayout;
class QPushButton;
class QLabel;

namespace LeadBridge {

class CheckStatus;
struct CheckResult;

/// Base of the retailCRM and Calltouch pages: mandatory line edits, a live check when Next is pressed
/// (Next is held back while it runs and can be cancelled), the result in a status line, and Next again
/// once the check passed. A page supplies only its fields, its texts and its check.
class ConnectionPage : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)
public:
    ~ConnectionPage() override;

    [[nodiscard]] CheckStatus *status() const { return m_status; }
    [[nodiscard]] bool isChecking() const { return m_context != nullptr; }
    void cancelCheck();

    bool validatePage() override;
    /// Every field has a value and no check runs.
    [[nodiscard]] bool isComplete() const override;
    /// Why Next is off, in words (empty when it is on).
    [[nodiscard]] QString whyDisabledText() const;

    /// The sandbox: shows @p values (one per field, in the order the fields were added) and a "Fill in
    /// the demo values" button that types them in.
    void setDemoValues(const QStringList &values);
    [[nodiscard]] QPushButton *demoButton() const { return m_demoButton; }

    /// "myshop.retailcrm.ru" -> https://myshop.retailcrm.ru (never http:// by guess); empty stays empty.
    [[nodiscard]] static QUrl normalizedUrl(const QString &text);

protected:
    /// @p service names the service in messages ("retailCRM", "Calltouch").
    ConnectionPage(SetupWizard *wizard, const QString &service);

    /// A mandatory line edit registered as the wizard field @p fieldName, in its own labelled row.
    /// Editing it means the values must be checked again. Any non-empty value counts as filled, the
    /// values pre-filled from an earlier setup too: Next checks them live like typed ones.
    QLineEdit *addField(const QString &fieldName, QLineEdit::EchoMode echo = QLineEdit::Normal);
    /// The page's texts; @p labels label the fields in the order they were added.
    void setTexts(const QString &title, const QString &subTitle, const QString &intro,
        const QStringList &labels, const QString &hint);

    /// Starts the check; the page calls checkFinished() with its outcome while @p context lives
    /// (deleting @p context cancels the check).
    virtual void startCheck(QObject *context) = 0;
    /// The message for the problems only the page can word: a wrong address, wrong credentials,
    /// missing permissions.
    [[nodiscard]] virtual QString serviceProblemText(const CheckResult &result) const = 0;
    /// Shows @p okMessage or the problem; on success the wizard moves on.
    void checkFinished(const CheckResult &result, const QString &okMessage);

private:
    [[nodiscard]] QString problemText(const CheckResult &result) const;
    /// Says in words why Next is off (empty fields), or hides itself.
    void updateWhyDisabled();

    QString m_service;
    QLabel *m_intro;
    QLabel *m_hint;
    QFormLayout *m_form;
    CheckStatus *m_status;
    QList<QLabel *> m_labels;
    QList<QLineEdit *> m_edits;
    QLabel *m_whyDisabled;
    QStringList m_demoValues;
    QLabel *m_demoLabel = nullptr;
    QPushButton *m_demoButton = nullptr;
    QObject *m_context = nullptr;
    bool m_verified = false;
};

} // namespace LeadBridge
