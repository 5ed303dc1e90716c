// The tray and window icons on a machine without Qt's SVG image plug-in (libqt6svg6 missing drew a
// black square): this test runs with an empty plug-in path, so only the platform plug-in is found.
#include <QApplication>
#include <QImageReader>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

#include "tray/trayicons.h"

using namespace LeadBridge;

class tst_TrayIcons : public QObject
{
    Q_OBJECT
private slots:
    void svgPluginIsAbsent();
    void pngIconIsDrawnWithoutThePlugin();
    void statesDifferAtTraySizes();
};

void tst_TrayIcons::svgPluginIsAbsent()
{
    // The premise of the test: without the plug-in the SVG gives nothing.
    QVERIFY(!QImageReader::supportedImageFormats().contains("svg"));
    QVERIFY(QIcon(QStringLiteral(":/icons/leadbridge.svg")).pixmap(22, 22).isNull());
}

void tst_TrayIcons::pngIconIsDrawnWithoutThePlugin()
{
    for (const int size : TrayIcons::sizes()) {
        const QImage png(TrayIcons::pngPath(size));
        QVERIFY2(!png.isNull(), qPrintable(TrayIcons::pngPath(size)));
        QCOMPARE(png.size(), QSize(size, size));
    }
    const QIcon icon = TrayIcons::appIcon();
    QCOMPARE(icon.availableSizes().size(), TrayIcons::sizes().size());
    for (const int size : { 16, 22, 24, 32, 48 }) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The blue rounded square of the logo, not black, not empty; a white bridge on it.
        const QColor fill = image.pixelColor(size / 2, size * 14 / 64); // above the bridge's arc
        QVERIFY2(fill.blue() > 200 && fill.red() < 80 && fill.alpha() == 255, qPrintable(fill.name()));
        int white = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                white += image.pixelColor(x, y).lightness() > 230 && image.pixelColor(x, y).alpha() > 200;
        QVERIFY2(white > size, qPrintable(QString::number(white)));
    }
}

void tst_TrayIcons::statesDifferAtTraySizes()
{
    const QList<TrayIcons::State> states { TrayIcons::State::Ok, TrayIcons::State::Syncing,
        TrayIcons::State::Error, TrayIcons::State::Paused };
    for (const int size : { 16, 22, 24 }) {
        QList<QImage> images;
        for (const auto state : states)
            images << TrayIcons::stateIcon(state).pixmap(size, size).toImage();
        for (int i = 0; i < images.size(); ++i) {
            for (int j = i + 1; j < images.size(); ++j) {
                // Differ in the badge corner, where the eye looks for the state.
                int differing = 0;
                for (int y = size / 2; y < size; ++y)
                    for (int x = size / 2; x < size; ++x)
                        differing += images.at(i).pixelColor(x, y) != images.at(j).pixelColor(x, y);
                QVERIFY2(differing > size,
                    qPrintable(QStringLiteral("states %1 and %2 at %3 px: %4 pixels")
                                   .arg(i)
                                   .arg(j)
                                   .arg(size)
                                   .arg(differing)));
            }
        }
    }
}

int main(int argc, char **argv)
{
    // No plug-in but the platform's: image formats (svg among them) are looked up in an empty folder.
    QTemporaryDir empty;
    qputenv("QT_QPA_PLATFORM_PLUGIN_PATH",
        (QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms")).toLocal8Bit());
    QCoreApplication::setLibraryPaths({ empty.path() });
    QApplication app(argc, argv);
    QCoreApplication::setLibraryPaths({ empty.path() });
    tst_TrayIcons test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayicons.moc"
