#pragma once

#include <QStringList>

#include <optional>

namespace rl {

// What to compare: indicators, agencies (empty: every agency with a value) and a year range.
struct ComparisonQuery
{
    QStringList indicatorIds;       // empty: every indicator of the records
    QStringList agencies;           // full agency names; empty: all
    std::optional<int> firstYear;   // inclusive
    std::optional<int> lastYear;    // inclusive
};

} // namespace rl
