#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"

#include <QString>

namespace rl {

// The comparison as an Excel workbook (libxlsxwriter): the matrix with units and flags (flagged values
// shaded, every value's source quote in a cell comment), a sheet of every value with its quote, and a
// native Excel column chart per indicator on its own chartsheet, so staff can restyle it in Excel.
class XlsxComparisonWriter final
{
public:
    static bool write(const Comparison &comparison, const QString &path, OutputLanguage language,
                      QString *error = nullptr);
};

} // namespace rl
