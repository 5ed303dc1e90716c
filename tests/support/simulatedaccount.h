#pragma once

// A one-shop account on the simulated retailCRM and Calltouch (loopback, the test's thread), with a
// temporary folder for the settings file and the real binary's home: what the tests of the binary start
// from.
#include <memory>

#include <QSettings>
#include <QTemporaryDir>
#include <QVariantMap>

#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"

namespace LeadBridge::TestSupport {

struct SimulatedAccount
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<RetailCrm::Simulator> crm = std::make_unique<RetailCrm::Simulator>();
    std::unique_ptr<Calltouch::Simulator> ct = std::make_unique<Calltouch::Simulator>();

    /// Starts both services; the CRM gets one shop ("main-shop"), the default statuses and @p apiKey.
    [[nodiscard]] bool start(const QString &apiKey)
    {
        if (!dir->isValid() || crm->start() == 0 || ct->start() == 0)
            return false;
        RetailCrm::Site shop;
        shop.code = QStringLiteral("main-shop");
        shop.name = QStringLiteral("Main shop");
        shop.ordering = 1;
        crm->addSite(shop);
        crm->addDefaultStatuses();
        crm->addApiKey(apiKey);
        return true;
    }

    /// A settings file pointing at the services (the keys go through the environment), with @p values
    /// added ("sync/dealSync" → true, …).
    [[nodiscard]] QString writeIni(const QVariantMap &values = {}) const
    {
        const QString path = dir->filePath(QStringLiteral("leadbridge.ini"));
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("retailcrm/url"), crm->url().toString());
        ini.setValue(QStringLiteral("calltouch/apiUrl"), ct->url().toString());
        ini.setValue(QStringLiteral("calltouch/siteId"), ct->siteId());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            ini.setValue(it.key(), it.value());
        ini.sync();
        return path;
    }
};

} // namespace LeadBridge::TestSupport
