#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"

#include <QStringList>

namespace rl {

// The columns of an exported comparison matrix, shared by CSV and XLSX so both read the same:
// indicator, indicator id, agency, province, level, one column per year, unit, notes.
class MatrixColumns final
{
public:
    static constexpr int leadingCount = 5;   // columns before the first year
    static QStringList header(const Comparison &comparison, OutputLanguage language);
    static QStringList leading(const Comparison &comparison, const QString &indicatorId, int agencyIndex,
                               OutputLanguage language);
    static QString unit(const Comparison &comparison, const QString &indicatorId, OutputLanguage language);
    // "2021年:约数;2022年:已更正" — which values are not plainly stated.
    static QString notes(const Comparison &comparison, const QString &indicatorId, int agencyIndex,
                         OutputLanguage language);
    static bool hasValue(const Comparison &comparison, const QString &indicatorId, int agencyIndex);
};

} // namespace rl
