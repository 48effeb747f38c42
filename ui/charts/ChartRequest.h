#pragma once

#include "compare/OutputLanguage.h"

#include <QString>

#include <optional>

namespace rl {

// The four ways ReportLens draws a comparison.
enum class ChartKind {
    Bars,      // grouped bars by agency, one bar per year
    Lines,     // one line per agency over the years, gaps where a year is missing
    Ranking,   // horizontal bars for one year, sorted, growing with the number of agencies
    Scatter,   // one indicator against another, one point per agency and year
};

QString chartKindKey(ChartKind kind);                       // "bar", "line", "rank", "scatter"
std::optional<ChartKind> chartKindFromKey(const QString &key);

// What to draw from a comparison. Backend-neutral: nothing here knows Qt Charts.
struct ChartRequest
{
    ChartKind kind = ChartKind::Bars;
    QString indicatorId;          // the value axis (y for a scatter)
    QString secondIndicatorId;    // scatter only: the x axis
    std::optional<int> rankYear;  // ranking only: latest year of the comparison when empty
    OutputLanguage language = OutputLanguage::Chinese;
};

} // namespace rl
