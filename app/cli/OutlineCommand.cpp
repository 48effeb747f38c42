#include "OutlineCommand.h"

#include "CliArguments.h"
#include "pipeline/ReportPipeline.h"

#include <QTextStream>

namespace rl {

namespace {

void printSections(const Outline &sections, int depth, QTextStream &out)
{
    for (const Section &s : sections) {
        out << QString(depth * 2, QLatin1Char(' ')) << s.marker << s.title << '\n';
        printSections(s.children, depth + 1, out);
    }
}

} // namespace

int OutlineCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("report to read"));
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "reportlens outline: no input file\n";
        return ExitUsage;
    }
    int code = ExitOk;
    const ReportPipeline pipeline;
    for (const QString &file : files) {
        const Report r = pipeline.process(file);
        if (!r.ok()) {
            err << file << ": " << r.error << '\n';
            code = ExitInputError;
            continue;
        }
        if (files.size() > 1)
            out << "== " << file << '\n';
        printSections(r.outline, 0, out);
    }
    return code;
}

} // namespace rl
