#include "ExtractCommand.h"

#include "CliArguments.h"
#include "export/CsvWriter.h"
#include "export/ReportJson.h"
#include "pipeline/ReportPipeline.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QTextStream>

namespace rl {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

int ExtractCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("json or csv"), QStringLiteral("format"), QStringLiteral("json")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("reports to read"), QStringLiteral("FILE..."));
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << "reportlens extract: unknown format '" << format << "' (use json or csv)\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "reportlens extract: no input files\n";
        return ExitUsage;
    }

    // Files are independent: read them on all cores, keep input order.
    const ReportPipeline pipeline;
    const QList<Report> reports = QtConcurrent::blockingMapped<QList<Report>>(
        files, [&pipeline](const QString &file) { return pipeline.process(file); });

    int code = ExitOk;
    for (const Report &r : reports) {
        if (!r.ok()) {
            err << r.file << ": " << r.error << '\n';
            code = ExitInputError;
        }
    }

    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(ReportJson::toJsonDocument(reports));
    } else {
        out << CsvWriter::row({QStringLiteral("file"), QStringLiteral("agency"), QStringLiteral("year"), QStringLiteral("id"),
                               QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("approx"), QStringLiteral("derived"),
                               QStringLiteral("section"), QStringLiteral("quote")});
        for (const Report &r : reports) {
            for (const Observation &o : r.observations) {
                if (o.rejected)
                    continue;
                out << CsvWriter::row({r.file, r.meta.agency, r.meta.year ? QString::number(*r.meta.year) : QString(), o.id,
                                       number(o.effectiveValue()), o.unit,
                                       o.approx ? QStringLiteral("true") : QStringLiteral("false"),
                                       o.derived ? QStringLiteral("true") : QStringLiteral("false"),
                                       o.section.join(QStringLiteral(" > ")), o.quote});
            }
        }
    }
    return code;
}

} // namespace rl
