#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"

#include <QByteArray>
#include <QString>

namespace rl {

// The comparison matrix as CSV: one row per indicator × agency, one column per year, then unit and notes.
// UTF-8 with a BOM so Excel shows Chinese; a missing value is an empty field, never 0.
class ComparisonCsvWriter final
{
public:
    static QByteArray toCsv(const Comparison &comparison, OutputLanguage language);
    static bool write(const Comparison &comparison, const QString &path, OutputLanguage language,
                      QString *error = nullptr);
};

} // namespace rl
