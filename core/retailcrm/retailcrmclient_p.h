#pragma once

// Shared by the retailcrmclient*.cpp files (one RetailCrm::Client spread over several files); not part
// of the client's interface.

#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>

#include "retailcrmclient.h"

namespace LeadBridge::RetailCrm {
namespace Detail {

    using Kind = ApiError::Kind;

    QByteArray compactJson(const QJsonObject &object);

    /// A create with an externalId that already exists: an earlier attempt of this very write (a retry,
    /// or Qt resending a POST on a dropped keep-alive connection) may have created it. Reported as
    /// OutcomeUnknown, so the caller looks it up by externalId instead of failing the item for good.
    ApiError asOutcomeUnknownIfTaken(const ApiError &error, const QString &externalId);

    template <typename T, typename Parse>
    std::function<void(const QByteArray &, const ApiError &)> typed(Done<T> done, Parse parse)
    {
        return [done = std::move(done), parse](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done(T {}, error);
                return;
            }
            const Result<T> result = parse(body);
            if (!result.isOk()) {
                done(T {}, result.error);
                return;
            }
            done(result.value, {});
        };
    }

} // namespace Detail

template <typename T>
void Client::fetchAllPages(const QString &path, const Params &query, PageParser<T> parse, QObject *context,
    Done<QList<T>> done, int page, QList<T> collected)
{
    Params pageQuery = query;
    pageQuery.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    if (page > 1)
        pageQuery.append({ QStringLiteral("page"), QString::number(page) });
    QPointer<Client> self(this);
    get(path, pageQuery, context,
        [self, path, query, parse, context, done, page, collected](
            const QByteArray &body, const ApiError &error) mutable {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Page<T>> result = parse(body);
            if (!result.isOk()) {
                done({}, result.error);
                return;
            }
            collected += result.value.items;
            const bool more = page < result.value.pagination.totalPageCount && !result.value.items.isEmpty();
            if (!more) {
                done(collected, {});
                return;
            }
            if (page >= kMaxPages) {
                done({},
                    ApiError::make(Detail::Kind::BadResponse,
                        QStringLiteral("%1: more than %2 pages").arg(path).arg(kMaxPages)));
                return;
            }
            if (!self) {
                done({},
                    ApiError::make(
                        Detail::Kind::Network, QStringLiteral("the retailCRM client was deleted")));
                return;
            }
            self->fetchAllPages<T>(
                path, query, std::move(parse), context, std::move(done), page + 1, std::move(collected));
        });
}

} // namespace LeadBridge::RetailCrm
