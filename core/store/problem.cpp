#include "problem.h"

#include <QJsonDocument>

#include "net/apierror.h"
#include "util/logging.h"

namespace LeadBridge {

Problem Problem::fromApi(const ApiError &error, const QString &service)
{
    Problem problem;
    problem.code = Db::fromDb<Db::ErrorCode>(ApiError::kindName(error.kind));
    if (!service.isEmpty())
        problem.params.insert(QStringLiteral("service"), service);
    if (error.httpStatus > 0)
        problem.params.insert(QStringLiteral("status"), error.httpStatus);
    if (!error.fieldErrors.isEmpty()) {
        QJsonObject fields;
        for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it)
            fields.insert(it.key(), redact(it.value()));
        problem.params.insert(QStringLiteral("fields"), fields);
    }
    problem.detail = redact(error.detail);
    return problem;
}

Problem Problem::make(Db::ErrorCode code, const QJsonObject &params, const QString &detail)
{
    return Problem { code, params, redact(detail) };
}

QString Problem::paramsText() const
{
    return params.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

Problem Problem::fromDb(const QString &code, const QString &params, const QString &detail)
{
    Problem problem;
    problem.code = Db::fromDb<Db::ErrorCode>(code);
    problem.params = QJsonDocument::fromJson(params.toUtf8()).object();
    problem.detail = detail;
    return problem;
}

bool Problem::stopsSync() const
{
    switch (code) {
    case Db::ErrorCode::Auth:
    case Db::ErrorCode::Permission:
    case Db::ErrorCode::Tls:
    case Db::ErrorCode::InsecureUrl:
    case Db::ErrorCode::AccountNotFound:
    case Db::ErrorCode::StoreFailed:
    case Db::ErrorCode::FieldMissing:
        return true;
    default:
        return false;
    }
}

} // namespace LeadBridge
