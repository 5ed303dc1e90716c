#pragma once

#include <QDir>
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
    widget->grab().save(path);
    return path;
}

} // namespace LeadBridge::TestSupport
