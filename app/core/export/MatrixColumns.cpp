#include "export/MatrixColumns.h"

#include "compare/ComparisonText.h"
#include "compare/ValueFormat.h"

namespace rl {

QStringList MatrixColumns::header(const Comparison &comparison, OutputLanguage language)
{
    const bool zh = language == OutputLanguage::Chinese;
    QStringList h;
    if (zh)
        h << QStringLiteral("指标") << QStringLiteral("指标代码") << QStringLiteral("单位") << QStringLiteral("省份")
          << QStringLiteral("层级");
    else
        h << QStringLiteral("Indicator") << QStringLiteral("Indicator id") << QStringLiteral("Agency")
          << QStringLiteral("Province") << QStringLiteral("Level");
    for (int year : comparison.years())
        h << ComparisonText::yearLabel(year, language);
    h << (zh ? QStringLiteral("计量单位") : QStringLiteral("Unit")) << (zh ? QStringLiteral("说明") : QStringLiteral("Notes"));
    return h;
}

QStringList MatrixColumns::leading(const Comparison &comparison, const QString &indicatorId, int agencyIndex,
                                   OutputLanguage language)
{
    const ComparisonAgency &a = comparison.agencies().at(agencyIndex);
    return {ComparisonText::indicatorName(indicatorId, language), indicatorId, a.name, a.province,
            ComparisonText::levelName(a.level, language)};
}

QString MatrixColumns::unit(const Comparison &comparison, const QString &indicatorId, OutputLanguage language)
{
    return ValueFormat::unitName(comparison.unit(indicatorId), language);
}

QString MatrixColumns::notes(const Comparison &comparison, const QString &indicatorId, int agencyIndex,
                             OutputLanguage language)
{
    const bool zh = language == OutputLanguage::Chinese;
    QStringList parts;
    for (int year : comparison.years()) {
        const ComparisonCell *c = comparison.cellPtr(indicatorId, agencyIndex, year);
        if (!c || !c->flagged())
            continue;
        parts << ComparisonText::yearLabel(year, language) + (zh ? QStringLiteral(":") : QStringLiteral(": "))
                + ComparisonText::flags(*c, language);
    }
    return parts.join(zh ? QStringLiteral(";") : QStringLiteral("; "));
}

bool MatrixColumns::hasValue(const Comparison &comparison, const QString &indicatorId, int agencyIndex)
{
    for (int year : comparison.years()) {
        if (comparison.cellPtr(indicatorId, agencyIndex, year))
            return true;
    }
    return false;
}

} // namespace rl
