#include "compare/IndicatorNames.h"

namespace rl {

// Until the catalog lands (app/core/extract), ids stand for themselves.
QString IndicatorNames::name(const QString &indicatorId, OutputLanguage)
{
    return indicatorId;
}

QString IndicatorNames::group(const QString &)
{
    return {};
}

QString IndicatorNames::unit(const QString &)
{
    return {};
}

} // namespace rl
