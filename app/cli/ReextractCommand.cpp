#include "ReextractCommand.h"

#include "CliArguments.h"
#include "LibraryOption.h"
#include "library/ReportLibrary.h"

#include <QTextStream>

namespace rl {

int ReextractCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        err << "reportlens reextract: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return ExitUsage;
    }
    const QString path = LibraryOption::path(parser);
    ReportLibrary library;
    if (!LibraryOption::open(library, path, err))
        return ExitInputError;
    const bool terminal = LibraryOption::stderrIsTerminal();
    int count = 0;
    QString error;
    const bool ok = library.reextractAll(
        [&](int done, int total) {
            count = done;
            if (terminal) {
                err << "\r\033[K[" << done << '/' << total << ']';
                err.flush();
            }
            return true;
        },
        &error);
    if (terminal) {
        err << "\r\033[K";
        err.flush();
    }
    if (!ok) {
        err << path << ": " << error << '\n';
        return ExitInputError;
    }
    out << "re-extracted " << count << " reports\n";
    return ExitOk;
}

} // namespace rl
