#include "MatrixCommand.h"

#include "CliArguments.h"
#include "ComparisonOptions.h"
#include "LibraryOption.h"
#include "export/ComparisonCsvWriter.h"
#include "export/XlsxComparisonWriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace rl {

int MatrixCommand::run(const QStringList &args, QTextStream &, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    parser.addOptions(ComparisonOptions::options());
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or xlsx (default: from --out)"), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("FILE")});
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        err << "reportlens matrix: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return ExitUsage;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err << "reportlens matrix: --out FILE is required\n";
        return ExitUsage;
    }
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(outPath).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        err << "reportlens matrix: unknown format '" << format << "' (use csv or xlsx)\n";
        return ExitUsage;
    }
    ComparisonOptions comparison;
    if (!comparison.read(parser, name(), err))
        return ExitUsage;
    if (!comparison.load(LibraryOption::path(parser), name(), err))
        return ExitInputError;

    QString error;
    const bool ok = format == QLatin1String("csv")
        ? ComparisonCsvWriter::write(comparison.comparison, outPath, comparison.language, &error)
        : XlsxComparisonWriter::write(comparison.comparison, outPath, comparison.language, &error);
    if (!ok) {
        err << outPath << ": " << error << '\n';
        return ExitInputError;
    }
    return ExitOk;
}

} // namespace rl
