#include "ListCommand.h"

#include "CliArguments.h"
#include "LibraryOption.h"
#include "library/ReportLibrary.h"

#include <QTextStream>

namespace rl {

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

int ListCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        err << "reportlens list: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return ExitUsage;
    }
    ReportLibrary library;
    if (!LibraryOption::open(library, LibraryOption::path(parser), err))
        return ExitInputError;
    // Tab-separated: agency, year, level, file; "-" for what the report does not say.
    for (const ReportSummary &r : library.reports()) {
        out << orDash(r.agency) << '\t' << (r.year ? QString::number(*r.year) : QStringLiteral("-")) << '\t'
            << orDash(agencyLevelKey(r.level)) << '\t' << r.file << '\n';
    }
    return ExitOk;
}

} // namespace rl
