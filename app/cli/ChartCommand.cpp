#include "ChartCommand.h"

#include "CliArguments.h"
#include "ComparisonOptions.h"
#include "LibraryOption.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartExporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace rl {

namespace {

bool readInt(const QCommandLineParser &parser, const QString &option, int low, int high, int &value, QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < low || v > high) {
        err << "reportlens chart: --" << option << " takes a number from " << low << " to " << high << '\n';
        return false;
    }
    value = v;
    return true;
}

} // namespace

int ChartCommand::run(const QStringList &args, QTextStream &, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    parser.addOptions(ComparisonOptions::options());
    parser.addOption({QStringLiteral("type"), QStringLiteral("bar, line, rank or scatter"), QStringLiteral("TYPE"),
                      QStringLiteral("bar")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output file: .png, .svg or .pdf"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("width in pixels (default 1200)"), QStringLiteral("W")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("height in pixels (default 800)"), QStringLiteral("H")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("dots per inch (default 96; 192 for print)"), QStringLiteral("D")});
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        err << "reportlens chart: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return ExitUsage;
    }
    const std::optional<ChartKind> kind = chartKindFromKey(parser.value(QStringLiteral("type")));
    if (!kind) {
        err << "reportlens chart: unknown type '" << parser.value(QStringLiteral("type"))
            << "' (use bar, line, rank or scatter)\n";
        return ExitUsage;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err << "reportlens chart: --out FILE.png|svg|pdf is required\n";
        return ExitUsage;
    }
    if (!ChartExporter::formats().contains(QFileInfo(outPath).suffix().toLower())) {
        err << "reportlens chart: unknown output format '" << QFileInfo(outPath).suffix()
            << "' (use .png, .svg or .pdf)\n";
        return ExitUsage;
    }
    int width = 1200, height = 800, dpi = 96;
    if (!readInt(parser, QStringLiteral("width"), 100, 20000, width, err)
        || !readInt(parser, QStringLiteral("height"), 100, 20000, height, err)
        || !readInt(parser, QStringLiteral("dpi"), 24, 1200, dpi, err))
        return ExitUsage;
    ComparisonOptions options;
    if (!options.read(parser, name(), err))
        return ExitUsage;
    if (*kind == ChartKind::Scatter && options.indicatorIds.size() != 2) {
        err << "reportlens chart: a scatter needs two indicators (--indicator Y --indicator X)\n";
        return ExitUsage;
    }
    if (*kind != ChartKind::Scatter && options.indicatorIds.size() > 1) {
        err << "reportlens chart: --type " << chartKindKey(*kind) << " draws one indicator\n";
        return ExitUsage;
    }
    if (!options.load(LibraryOption::path(parser), name(), err))
        return ExitInputError;

    ChartRequest request;
    request.kind = *kind;
    request.indicatorId = options.indicatorIds.first();
    request.secondIndicatorId = options.indicatorIds.value(1);
    request.language = options.language;
    const std::unique_ptr<ChartBuilder> builder = createChartBuilder();
    // A ranking of many agencies needs room: unless a height was asked for, it grows to stay readable.
    if (*kind == ChartKind::Ranking && !parser.isSet(QStringLiteral("height"))) {
        const QSize natural = builder->naturalSize(options.comparison, request);
        height = std::max(height, natural.height() * dpi / 96);
    }
    ChartExporter exporter(*builder);
    QString error;
    if (!exporter.save(options.comparison, request, outPath, QSize(width, height), dpi, &error)) {
        err << outPath << ": " << error << '\n';
        return ExitInputError;
    }
    return ExitOk;
}

} // namespace rl
