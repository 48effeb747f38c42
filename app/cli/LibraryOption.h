#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace rl {

class ReportLibrary;

// The `--library PATH` option shared by the library sub-commands.
class LibraryOption final
{
public:
    static QCommandLineOption option();
    // The path named by --library, or ReportLibrary::defaultPath().
    static QString path(const QCommandLineParser &parser);
    // Opens the library; on failure prints "PATH: reason" on `err` and returns false.
    static bool open(ReportLibrary &library, const QString &path, QTextStream &err);
    // Whether stderr is a terminal (progress lines only then).
    static bool stderrIsTerminal();
};

} // namespace rl
