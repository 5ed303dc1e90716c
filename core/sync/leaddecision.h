#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "rules/leadrules.h"
#include "sync/syncconfig.h"

namespace LeadBridge {

/// The rules' decision for @p lead as the sync makes it: the configuration's phone region, Calltouch
/// project, closed status groups and the kind's name template, with what the CRM holds. One place, so
/// that the engine, the dry run and the reconciliation decide alike.
[[nodiscard]] inline Sync::LeadDecision decideAsTheSync(const SyncConfig &config, const Calltouch::Lead &lead,
    const QList<RetailCrm::Customer> &customers, const QList<RetailCrm::Order> &ordersOfNewestCustomer,
    const QHash<QString, QString> &statusGroups)
{
    Sync::LeadRulesInput input;
    input.lead = lead;
    input.phoneRegion = config.phoneRegion;
    input.calltouchSiteId = config.calltouchSiteId;
    input.customers = customers;
    input.ordersOfNewestCustomer = ordersOfNewestCustomer;
    input.statusGroups = statusGroups;
    input.closedGroups = config.closedStatusGroups;
    input.nameTemplate = config.orderOptions.of(lead.kind).nameTemplate;
    return Sync::decideLead(input);
}

} // namespace LeadBridge
