#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"
#include "compare/ValueFormat.h"

#include <QString>

namespace rl {

// The words a chart or exported table carries, in the language chosen for that export.
//
// Why not tr(): an exported chart is a document whose language is a parameter (`--lang zh|en`, or the
// export dialog), independent of the UI translation loaded; like the catalog's name_zh/name_en, both
// languages are data here. Widgets still use tr().
class ComparisonText final
{
public:
    static QString indicatorName(const QString &indicatorId, OutputLanguage language);
    static QString indicatorGroup(const QString &indicatorId);   // catalog group key, empty when unknown
    static QString groupName(const QString &group, OutputLanguage language);
    // "劳动人事争议案件受理数(万件)" / "Dispute cases received (thousand cases)"
    static QString axisTitle(const QString &indicatorId, const AxisScale &scale, OutputLanguage language);
    static QString yearWord(OutputLanguage language);      // 年份 / Year
    static QString levelName(AgencyLevel level, OutputLanguage language);   // 市级 / City; empty when unknown
    static QString agencyWord(OutputLanguage language);    // 单位 / Agency
    static QString yearLabel(int year, OutputLanguage language);   // 2021年 / 2021
    static QString yearRange(const QList<int> &years, OutputLanguage language);   // 2020—2023年
    // "约数、推算" for a cell; empty when the value is stated plainly.
    static QString flags(const ComparisonCell &cell, OutputLanguage language);
    // Marker legend under a chart: what △ ◇ ☆ mean; empty when the comparison has no flagged value.
    static QString flagsNote(const Comparison &comparison, OutputLanguage language);
    // The source footnote of an exported chart or table: agencies, years, the source, and which values are
    // derived or corrected.
    static QString sourceNote(const Comparison &comparison, OutputLanguage language);
    // A multi-line tooltip: agency, year, indicator, value with unit, flags and the source quote.
    static QString tooltip(const Comparison &comparison, const QString &indicatorId, int agencyIndex, int year,
                           OutputLanguage language);

    static QString approxMarker() { return QStringLiteral("△"); }
    static QString derivedMarker() { return QStringLiteral("◇"); }
    static QString correctedMarker() { return QStringLiteral("☆"); }
};

} // namespace rl
