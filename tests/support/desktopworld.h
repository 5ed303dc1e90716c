#pragma once

// The desktop as an admin has it, for the widget tests that need the sync running: the real main window
// on the fixture's database and the real engine in its thread (SyncController) against the simulated
// services, its clock the fixture's (f.now), its rate limits off.
#include <memory>

#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QTest>

#include "mainwindow.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "translator.h"

namespace LeadBridge::TestSupport {

struct DesktopWorld
{
    std::unique_ptr<SyncFixture> f = std::make_unique<SyncFixture>();
    std::unique_ptr<Translator> translator;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<SyncController> controller;

    /// Opens the window in English, starts the engine and shows the window; true once the first cycle
    /// has run. @p beforeStart runs with the window made and the controller set (tab hooks).
    template <typename BeforeStart> bool start(BeforeStart beforeStart)
    {
        translator = std::make_unique<Translator>();
        translator->setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(translator.get());
        if (!window->openDatabase(f->databasePath()))
            return false;
        controller = std::make_unique<SyncController>(f->config, f->databasePath());
        SyncFixture *fixture = f.get();
        controller->engine()->setClock(
            [fixture] { return fixture->now; }); // f->now moves only when a test moves it
        controller->engine()->setRateLimitsEnabled(false);
        QSignalSpy cycles(controller.get(), &SyncController::cycleFinished);
        window->setController(controller.get());
        beforeStart();
        controller->start();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return !cycles.isEmpty() || cycles.wait(30000);
    }
    bool start()
    {
        return start([] {});
    }

    /// Runs a cycle through the controller; true when it finished.
    bool syncNow()
    {
        QSignalSpy cycles(controller.get(), &SyncController::cycleFinished);
        controller->syncNow();
        return cycles.wait(30000);
    }

    /// Closes the dialogs left open and stops the engine before its thread is joined (the simulated
    /// services answer in this thread); true when it stopped.
    bool stop()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        bool stopped = true;
        if (controller) {
            QSignalSpy done(controller.get(), &SyncController::stopped);
            controller->stop();
            stopped = done.wait(30000);
        }
        window.reset();
        controller.reset();
        translator.reset();
        f.reset();
        return stopped;
    }
};

} // namespace LeadBridge::TestSupport
