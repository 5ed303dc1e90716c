#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QHeaderView;
class QMainWindow;

namespace LeadBridge {

class AppSettings;

/// The main window's size and layout: a first size that fits the available screen (taskbar and
/// panels excluded), and the geometry, tool bar state and table column layout remembered under
/// "window/" in AppSettings.
namespace WindowLayout {
    /// The preferred size, shrunk to @p available (a screen's available geometry) with room for the
    /// window frame.
    [[nodiscard]] QSize initialSize(const QRect &available);
    /// Restores what save() kept; without it, sizes @p window to initialSize() of its screen and centres
    /// it there. Returns whether a saved geometry was restored.
    bool restore(QMainWindow *window, const AppSettings *settings, const QList<QHeaderView *> &headers);
    /// The settings name of the @p index-th table header's state.
    [[nodiscard]] QString headerKey(int index);
    void save(const QMainWindow *window, AppSettings *settings, const QList<QHeaderView *> &headers);
} // namespace WindowLayout

} // namespace LeadBridge
