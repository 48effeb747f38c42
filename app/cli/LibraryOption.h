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
    // Opens the library; on failure prints "PATH: reason" on `err` and returns false. Commands that only
    // read refuse a missing file (`mustExist`) instead of creating an empty library there.
    static bool open(ReportLibrary &library, const QString &path, QTextStream &err, bool mustExist = true);
    // Whether stderr is a terminal (progress lines only then).
    static bool stderrIsTerminal();
};

} // namespace rl
