#pragma once

#include <QIcon>
#include <QList>

namespace LeadBridge {

/// The application's icons from PNG renderings (dist/linux/icons, embedded as :/icons/png/NxN/), so
/// that they show without Qt's SVG image plug-in (a machine without libqt6svg6 drew a black square).
class TrayIcons
{
public:
    enum class State { Ok, Syncing, Error, Paused };

    /// The sizes embedded as PNG.
    [[nodiscard]] static QList<int> sizes();
    /// The resource path of the PNG of @p size.
    [[nodiscard]] static QString pngPath(int size);
    /// The window icon: every PNG size, no plug-in needed.
    [[nodiscard]] static QIcon appIcon();
    /// The tray icon for @p state: Ok is the plain icon; Syncing, Error and Paused carry a badge (amber
    /// arrows, red "!", grey bars) and Paused is also greyed, so the four differ at 16 px.
    [[nodiscard]] static QIcon stateIcon(State state);
};

} // namespace LeadBridge
