#include "syncphase.h"

#include "store/store.h"
#include "sync/synccontext.h"

namespace LeadBridge {

bool SyncPhase::stopsOn(const ApiError &error, const QString &service)
{
    if (m_ctx.dead)
        return true;
    if (error.isOk())
        return false;
    abort(service, error);
    return true;
}

void SyncPhase::failSoftly(
    const ApiError &error, const QString &service, Db::ErrorDirection direction, const QString &item)
{
    if (error.isCredentialProblem()) {
        abort(service, error);
        return;
    }
    ++m_ctx.summary.readsFailed;
    m_ctx.reportError(direction, item, Problem::fromApi(error, service));
    if (m_ctx.storeBroken) {
        endCycle();
        return;
    }
    succeed();
}

bool SyncPhase::stopsOnStore(const StoreResult &result)
{
    if (m_ctx.stored(result))
        return false;
    endCycle();
    return true;
}

} // namespace LeadBridge
