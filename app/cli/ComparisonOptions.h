#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace rl {

// Options shared by `chart` and `matrix`: --indicator (repeatable), --agencies A,B, --years 2020-2023,
// --lang zh|en; and loading the comparison they describe from the library.
class ComparisonOptions final
{
public:
    static QList<QCommandLineOption> options();
    // Parses the values; on a usage error prints one line on `err` and returns false.
    bool read(const QCommandLineParser &parser, const QString &command, QTextStream &err);
    // Opens the library, builds the comparison; prints the reason and returns false when there is nothing
    // to compare (unknown library, agency names that match nothing, no values).
    bool load(const QString &libraryPath, const QString &command, QTextStream &err);

    QStringList indicatorIds;
    QStringList agencyPatterns;
    std::optional<int> firstYear, lastYear;
    OutputLanguage language = OutputLanguage::Chinese;
    Comparison comparison;
};

} // namespace rl
