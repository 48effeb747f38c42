#include "model/ReportMeta.h"

namespace rl {

QString agencyLevelKey(AgencyLevel level)
{
    switch (level) {
    case AgencyLevel::Province: return QStringLiteral("province");
    case AgencyLevel::City: return QStringLiteral("city");
    case AgencyLevel::District: return QStringLiteral("district");
    case AgencyLevel::County: return QStringLiteral("county");
    case AgencyLevel::Unknown: break;
    }
    return {};
}

AgencyLevel agencyLevelFromKey(const QString &key)
{
    if (key == QLatin1String("province")) return AgencyLevel::Province;
    if (key == QLatin1String("city")) return AgencyLevel::City;
    if (key == QLatin1String("district")) return AgencyLevel::District;
    if (key == QLatin1String("county")) return AgencyLevel::County;
    return AgencyLevel::Unknown;
}

} // namespace rl
