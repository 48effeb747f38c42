#pragma once

#include "compare/OutputLanguage.h"

#include <QString>

namespace rl {

// How an axis shows large numbers: values are divided by `divisor` and the unit says so (万件, 亿元).
struct AxisScale
{
    double divisor = 1;
    QString unitLabel;   // localised unit including the scale, e.g. "万件", "thousand cases"
};

// Numbers as Chinese and English readers expect them in a briefing.
class ValueFormat final
{
public:
    // 12345.5 → "12,345.5"; at most `decimals` decimals, trailing zeros dropped.
    static QString plain(double value, int decimals = 2);
    // Chinese: 12345 → "1.23万", 3.7e8 → "3.7亿"; English: 12345 → "12.3k", 3.7e6 → "3.7m". Small values plain.
    static QString compact(double value, OutputLanguage language);
    // Value with its unit for tooltips and tables: "12,345件(约1.23万件)", "97.4%", "12,345 cases".
    static QString withUnit(double value, const QString &unit, OutputLanguage language);
    // Chinese: 万 from 100,000 (亿 from 1e9); English: thousand from 100,000, million from 1e7.
    static AxisScale axisScale(double maxAbs, const QString &unit, OutputLanguage language);
    // The catalog unit in the output language ("件" → "cases").
    static QString unitName(const QString &unit, OutputLanguage language);
};

} // namespace rl
