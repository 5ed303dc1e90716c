#pragma once

// A tray icon for tests: records what TrayController asks it to show (messages, tool tip, menu, icon).
#include <QIcon>
#include <QList>
#include <QString>
#include <QSystemTrayIcon>

#include "tray/traycontroller.h"

namespace LeadBridge::TestSupport {

struct TrayMessage
{
    QString title;
    QString text;
    QSystemTrayIcon::MessageIcon icon;
};

class RecordingTray final : public TrayBackend
{
public:
    /// @p toolTip (optional) gets the tool tip's first line.
    explicit RecordingTray(QList<TrayMessage> *messages, bool available = true, QString *toolTip = nullptr)
        : m_available(available)
        , m_messages(messages)
        , m_toolTip(toolTip)
    {}
    [[nodiscard]] bool isAvailable() const override { return m_available; }
    [[nodiscard]] bool supportsMessages() const override { return m_available; }
    void setMenu(QMenu *newMenu) override { menu = newMenu; }
    void setToolTip(const QString &text) override
    {
        if (m_toolTip)
            *m_toolTip = text.section(QLatin1Char('\n'), 0, 0);
    }
    void setIcon(const QIcon &newIcon) override { trayIcon = newIcon; }
    void setVisible(bool) override {}
    void showMessage(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon) override
    {
        m_messages->append({ title, text, icon });
    }
    QMenu *menu = nullptr;
    QIcon trayIcon;

private:
    bool m_available;
    QList<TrayMessage> *m_messages;
    QString *m_toolTip;
};

} // namespace LeadBridge::TestSupport
