#include "compare/IndicatorNames.h"

#include "extract/IndicatorCatalog.h"

namespace rl {

QString IndicatorNames::name(const QString &indicatorId, OutputLanguage language)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(indicatorId);
    if (!d)
        return indicatorId;
    const QString name = language == OutputLanguage::Chinese ? d->nameZh : d->nameEn;
    return name.isEmpty() ? indicatorId : name;
}

QString IndicatorNames::group(const QString &indicatorId)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(indicatorId);
    return d ? d->group : QString();
}

QString IndicatorNames::unit(const QString &indicatorId)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(indicatorId);
    return d ? d->unit : QString();
}

} // namespace rl
