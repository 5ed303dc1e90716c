#include "windowlayout.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>

#include "settings/appsettings.h"

namespace LeadBridge::WindowLayout {
namespace {
    const QSize kPreferred(1280, 780);
    /// Title bar and borders the window manager adds around the client area.
    const QSize kFrame(16, 40);
} // namespace

QString headerKey(int index)
{
    return QStringLiteral("table%1").arg(index);
}

QSize initialSize(const QRect &available)
{
    if (!available.isValid())
        return kPreferred;
    return kPreferred.boundedTo(available.size() - kFrame);
}

bool restore(QMainWindow *window, const AppSettings *settings, const QList<QHeaderView *> &headers)
{
    bool restored = false;
    if (settings) {
        restored = window->restoreGeometry(settings->windowState(QStringLiteral("geometry")));
        window->restoreState(settings->windowState(QStringLiteral("state")));
        for (int i = 0; i < headers.size(); ++i) {
            const QByteArray state = settings->windowState(headerKey(i));
            if (!state.isEmpty())
                headers.at(i)->restoreState(state);
        }
    }
    if (!restored) {
        const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect();
        window->resize(initialSize(available));
        if (available.isValid()) {
            QRect frame(QPoint(), window->size() + kFrame);
            frame.moveCenter(available.center());
            window->move(frame.topLeft());
        }
    }
    return restored;
}

void save(const QMainWindow *window, AppSettings *settings, const QList<QHeaderView *> &headers)
{
    if (!settings)
        return;
    settings->setWindowState(QStringLiteral("geometry"), window->saveGeometry());
    settings->setWindowState(QStringLiteral("state"), window->saveState());
    for (int i = 0; i < headers.size(); ++i)
        settings->setWindowState(headerKey(i), headers.at(i)->saveState());
}

} // namespace LeadBridge::WindowLayout
