#include "LibraryOption.h"

#include "library/ReportLibrary.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace rl {

QCommandLineOption LibraryOption::option()
{
    return {QStringLiteral("library"), QStringLiteral("library file (default: %1)").arg(ReportLibrary::defaultPath()),
            QStringLiteral("PATH")};
}

QString LibraryOption::path(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("library"));
    return given.isEmpty() ? ReportLibrary::defaultPath() : given;
}

bool LibraryOption::open(ReportLibrary &library, const QString &path, QTextStream &err, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path)) {
        err << path << ": no library here (import reports first, or name one with --library)\n";
        return false;
    }
    QString error;
    if (library.open(path, &error))
        return true;
    err << path << ": " << error << '\n';
    return false;
}

bool LibraryOption::stderrIsTerminal()
{
    return ::isatty(::fileno(stderr)) == 1;
}

} // namespace rl
