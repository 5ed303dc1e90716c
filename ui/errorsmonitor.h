#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "store/queries/errorsummary.h"
#include "util/problemtext.h"

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace LeadBridge {

class Store;
class SyncController;

/// The open errors outside their table: the Errors tab's label carries their number ("Errors (3)"),
/// and the window's banner (the credentials and store banner, which this wraps) gets a button that
/// performs the fix of the error that stopped the sync. An open stopping error found in the store at
/// start shows the banner too. Everything is read from the store's codes and worded now.
class ErrorsMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorsMonitor)
public:
    /// @p banner is the window's banner label: it is placed in bannerFrame() with the fix button and
    /// keeps its own text and visibility (the frame follows them).
    ErrorsMonitor(
        QTabWidget *tabs, int errorsTab, QLabel *banner, std::function<Store *()> store, QWidget *parent);

    /// The banner with its fix button: put this in the layout instead of the banner label.
    [[nodiscard]] QFrame *bannerFrame() const { return m_frame; }
    [[nodiscard]] QPushButton *fixButton() const { return m_fixButton; }
    [[nodiscard]] ProblemText::Fix currentFix() const { return m_fix; }
    [[nodiscard]] int openCount() const { return m_summary.open; }

    void setController(SyncController *controller);
    /// The banner shows a store failure: its fix is Check database.
    void setStoreProblem();
    /// The banner shows rejected credentials: the fix follows the stored error's code (a wrong key, a
    /// missing permission, an insecure address), else the setup wizard.
    void setCredentialsProblem();
    /// Reads the summary now (the engine's events do it within a short delay).
    void refresh();
    /// The tab's label and the button's text in the current language.
    void retranslate();

signals:
    /// The banner's button was pressed.
    void fixRequested(LeadBridge::ProblemText::Fix fix);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Cause { None, Credentials, Store };
    void updateFix();

    QTabWidget *m_tabs;
    int m_errorsTab;
    QLabel *m_banner;
    std::function<Store *()> m_store;
    QFrame *m_frame;
    QPushButton *m_fixButton;
    QTimer *m_refreshTimer;
    QPointer<SyncController> m_controller;
    ErrorSummary m_summary;
    Cause m_cause = Cause::None;
    ProblemText::Fix m_fix = ProblemText::Fix::None;
    bool m_bannerFromStore = false; ///< the banner shows a stopping error found in the store
    bool m_firstRead = true;
};

} // namespace LeadBridge
