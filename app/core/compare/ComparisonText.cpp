#include "compare/ComparisonText.h"

#include "compare/AgencyOrder.h"
#include "compare/IndicatorNames.h"

#include <QStringList>

namespace rl {

namespace {

bool zh(OutputLanguage language)
{
    return language == OutputLanguage::Chinese;
}

// At most `limit` items, then "等N项" / "and N more": a footnote must stay a footnote.
QString listed(const QStringList &items, int limit, OutputLanguage language)
{
    if (items.size() <= limit)
        return items.join(zh(language) ? QStringLiteral("、") : QStringLiteral(", "));
    const QStringList head = items.mid(0, limit);
    if (zh(language))
        return head.join(QStringLiteral("、")) + QStringLiteral("等%1项").arg(items.size());
    return head.join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - limit);
}

} // namespace

QString ComparisonText::indicatorName(const QString &indicatorId, OutputLanguage language)
{
    return IndicatorNames::name(indicatorId, language);
}

QString ComparisonText::indicatorGroup(const QString &indicatorId)
{
    return IndicatorNames::group(indicatorId);
}

QString ComparisonText::groupName(const QString &group, OutputLanguage language)
{
    static const QHash<QString, QPair<QString, QString>> names = {
        {QStringLiteral("dispute"), {QStringLiteral("劳动人事争议"), QStringLiteral("Labour disputes")}},
        {QStringLiteral("wages"), {QStringLiteral("欠薪治理"), QStringLiteral("Wage arrears")}},
        {QStringLiteral("oversight"), {QStringLiteral("监督与应诉"), QStringLiteral("Oversight and litigation")}},
        {QStringLiteral("rules"), {QStringLiteral("制度建设"), QStringLiteral("Rule making")}},
        {QStringLiteral("enforcement"), {QStringLiteral("行政执法"), QStringLiteral("Enforcement")}},
        {QStringLiteral("education"), {QStringLiteral("普法宣传"), QStringLiteral("Legal education")}},
    };
    const auto it = names.constFind(group);
    if (it == names.cend())
        return group.isEmpty() ? (zh(language) ? QStringLiteral("其他") : QStringLiteral("Other")) : group;
    return zh(language) ? it->first : it->second;
}

QString ComparisonText::axisTitle(const QString &indicatorId, const AxisScale &scale, OutputLanguage language)
{
    const QString name = indicatorName(indicatorId, language);
    if (scale.unitLabel.isEmpty())
        return name;
    return zh(language) ? name + QStringLiteral("(") + scale.unitLabel + QStringLiteral(")")
                        : name + QStringLiteral(" (") + scale.unitLabel + QStringLiteral(")");
}

QString ComparisonText::yearWord(OutputLanguage language)
{
    return zh(language) ? QStringLiteral("年份") : QStringLiteral("Year");
}

QString ComparisonText::levelName(AgencyLevel level, OutputLanguage language)
{
    switch (level) {
    case AgencyLevel::Province:
        return zh(language) ? QStringLiteral("省级") : QStringLiteral("Province");
    case AgencyLevel::City:
        return zh(language) ? QStringLiteral("市级") : QStringLiteral("City");
    case AgencyLevel::District:
        return zh(language) ? QStringLiteral("区级") : QStringLiteral("District");
    case AgencyLevel::County:
        return zh(language) ? QStringLiteral("县级") : QStringLiteral("County");
    case AgencyLevel::Unknown:
        break;
    }
    return {};
}

QString ComparisonText::agencyWord(OutputLanguage language)
{
    return zh(language) ? QStringLiteral("单位") : QStringLiteral("Agency");
}

QString ComparisonText::yearLabel(int year, OutputLanguage language)
{
    return zh(language) ? QString::number(year) + QStringLiteral("年") : QString::number(year);
}

QString ComparisonText::yearRange(const QList<int> &years, OutputLanguage language)
{
    if (years.isEmpty())
        return {};
    if (years.size() == 1 || years.first() == years.last())
        return yearLabel(years.first(), language);
    return zh(language) ? QStringLiteral("%1—%2年").arg(years.first()).arg(years.last())
                        : QStringLiteral("%1–%2").arg(years.first()).arg(years.last());
}

QString ComparisonText::flags(const ComparisonCell &cell, OutputLanguage language)
{
    QStringList parts;
    if (cell.approx)
        parts << (zh(language) ? QStringLiteral("约数") : QStringLiteral("approximate"));
    if (cell.derived)
        parts << (zh(language) ? QStringLiteral("推算") : QStringLiteral("derived"));
    if (cell.corrected)
        parts << (zh(language) ? QStringLiteral("已更正") : QStringLiteral("corrected"));
    if (cell.manual)
        parts << (zh(language) ? QStringLiteral("人工录入") : QStringLiteral("entered by hand"));
    return parts.join(zh(language) ? QStringLiteral("、") : QStringLiteral(", "));
}

QString ComparisonText::flagsNote(const Comparison &comparison, OutputLanguage language)
{
    QStringList parts;
    if (comparison.hasApprox())
        parts << approxMarker()
                + (zh(language) ? QStringLiteral(" 约数:报告以“约、余、多、近”等概数表述")
                                : QStringLiteral(" approximate: the report hedges the figure (about, over)"));
    if (comparison.hasDerived())
        parts << derivedMarker()
                + (zh(language) ? QStringLiteral(" 推算值:由报告中的数字计算得出")
                                : QStringLiteral(" derived: computed from figures in the report"));
    if (comparison.hasCorrected())
        parts << correctedMarker()
                + (zh(language) ? QStringLiteral(" 已更正:经人工更正或录入")
                                : QStringLiteral(" corrected: corrected or entered by staff"));
    return parts.join(QStringLiteral("    "));
}

QString ComparisonText::sourceNote(const Comparison &comparison, OutputLanguage language)
{
    QStringList agencies;
    for (const ComparisonAgency &a : comparison.agencies())
        agencies << shortAgencyName(a.name);
    QStringList derived, corrected;
    const QList<int> years = comparison.years();
    for (const QString &id : comparison.indicatorIds()) {
        for (int a = 0; a < comparison.agencies().size(); ++a) {
            for (int year : years) {
                const ComparisonCell *c = comparison.cellPtr(id, a, year);
                if (!c)
                    continue;
                QString what = zh(language) ? QString(agencies.at(a) + yearLabel(year, language))
                                            : QString(agencies.at(a) + QLatin1Char(' ') + QString::number(year));
                if (comparison.indicatorIds().size() > 1)
                    what += (zh(language) ? QString() : QStringLiteral(" ")) + indicatorName(id, language);
                if (c->derived)
                    derived << what;
                if (c->corrected || c->manual)
                    corrected << what;
            }
        }
    }

    QStringList lines;
    if (zh(language)) {
        lines << QStringLiteral("数据来源:各单位法治政府建设年度报告。");
        lines << QStringLiteral("单位(%1个):").arg(agencies.size()) + listed(agencies, 12, language)
                + QStringLiteral(";年份:") + yearRange(years, language) + QStringLiteral("。");
        if (!derived.isEmpty())
            lines << QStringLiteral("推算值:") + listed(derived, 8, language) + QStringLiteral("。");
        if (!corrected.isEmpty())
            lines << QStringLiteral("已更正值:") + listed(corrected, 8, language) + QStringLiteral("。");
    } else {
        lines << QStringLiteral("Source: annual rule-of-law government reports (法治政府建设年度报告) of each agency.");
        lines << QStringLiteral("Agencies (%1): ").arg(agencies.size()) + listed(agencies, 12, language)
                + QStringLiteral("; years: ") + yearRange(years, language) + QStringLiteral(".");
        if (!derived.isEmpty())
            lines << QStringLiteral("Derived values: ") + listed(derived, 8, language) + QStringLiteral(".");
        if (!corrected.isEmpty())
            lines << QStringLiteral("Corrected values: ") + listed(corrected, 8, language) + QStringLiteral(".");
    }
    return lines.join(QLatin1Char('\n'));
}

QString ComparisonText::tooltip(const Comparison &comparison, const QString &indicatorId, int agencyIndex, int year,
                                OutputLanguage language)
{
    const ComparisonCell *c = comparison.cellPtr(indicatorId, agencyIndex, year);
    if (!c || agencyIndex < 0 || agencyIndex >= comparison.agencies().size())
        return {};
    QStringList lines;
    lines << comparison.agencies().at(agencyIndex).name + QStringLiteral(" · ") + yearLabel(year, language);
    lines << indicatorName(indicatorId, language) + (zh(language) ? QStringLiteral(":") : QStringLiteral(": "))
            + ValueFormat::withUnit(c->value, c->unit, language);
    const QString f = flags(*c, language);
    if (!f.isEmpty())
        lines << (zh(language) ? QStringLiteral("标记:") : QStringLiteral("Flags: ")) + f;
    if (!c->quote.isEmpty())
        lines << (zh(language) ? QStringLiteral("原文:“") : QStringLiteral("Source: “")) + c->quote
                + QStringLiteral("”");
    return lines.join(QLatin1Char('\n'));
}

} // namespace rl
