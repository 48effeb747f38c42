#pragma once

#include "compare/OutputLanguage.h"

#include <QString>

namespace rl {

// Names, groups and units of indicator ids for comparisons, from the indicator catalog.
class IndicatorNames final
{
public:
    static QString name(const QString &indicatorId, OutputLanguage language);   // the id when unknown
    static QString group(const QString &indicatorId);                           // empty when unknown
    static QString unit(const QString &indicatorId);                            // empty when unknown
};

} // namespace rl
