#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

namespace LeadBridge::TestSupport {

/// Saves a PNG of @p widget into $LEADBRIDGE_SCREENSHOTS (the build folder's screenshots/), for people to
/// look at.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString folder = qEnvironmentVariable("LEADBRIDGE_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    // Let pending layout requests (after a text or language change) settle, as they would on screen.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    widget->grab().save(path);
    return path;
}

} // namespace LeadBridge::TestSupport
