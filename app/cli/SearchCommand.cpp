#include "SearchCommand.h"

#include "CliArguments.h"
#include "LibraryOption.h"
#include "library/ReportLibrary.h"

#include <QTextStream>

namespace rl {

int SearchCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    parser.addOption({QStringLiteral("limit"), QStringLiteral("at most N reports (default 50)"), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("text to find (words are joined by a space)"));
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        err << "reportlens search: no query given\n";
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0) {
        err << "reportlens search: --limit needs a positive number\n";
        return ExitUsage;
    }
    ReportLibrary library;
    if (!LibraryOption::open(library, LibraryOption::path(parser), err))
        return ExitInputError;
    // Tab-separated: agency, year, file, offset of the first hit, number of hits, snippet.
    for (const SearchHit &h : library.search(query, limit)) {
        out << (h.agency.isEmpty() ? QStringLiteral("-") : h.agency) << '\t'
            << (h.year ? QString::number(*h.year) : QStringLiteral("-")) << '\t' << h.file << '\t' << h.offset << '\t'
            << h.hitCount << '\t' << QString(h.snippet).replace(QLatin1Char('\t'), QLatin1Char(' ')) << '\n';
    }
    return ExitOk;
}

} // namespace rl
