#include "ImportCommand.h"

#include "CliArguments.h"
#include "LibraryOption.h"
#include "library/LibraryImporter.h"

#include <QFileInfo>
#include <QTextStream>

namespace rl {

int ImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    parser.addPositionalArgument(QStringLiteral("FILE_OR_DIR"), QStringLiteral("reports or folders to import"),
                                 QStringLiteral("FILE_OR_DIR..."));
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        err << "reportlens import: no files or folders given\n";
        return ExitUsage;
    }
    const QString libraryPath = LibraryOption::path(parser);
    const QStringList files = LibraryImporter::collectFiles(inputs);
    if (files.isEmpty()) {
        for (const QString &input : inputs)
            err << input << ": no report files (.txt .html .htm .pdf .docx) in this folder\n";
        return ExitInputError;
    }

    LibraryImporter importer(libraryPath);
    // A progress line only for a person watching: logs and pipes get the summary alone.
    if (LibraryOption::stderrIsTerminal()) {
        QObject::connect(&importer, &LibraryImporter::progress, &importer,
                         [&err](int done, int total, const QString &file) {
                             err << "\r\033[K[" << done << '/' << total << "] " << QFileInfo(file).fileName();
                             err.flush();
                         });
    }
    const QList<ImportOutcome> outcomes = importer.run(files);
    if (LibraryOption::stderrIsTerminal()) {
        err << "\r\033[K";
        err.flush();
    }
    if (!importer.libraryError().isEmpty()) {
        err << libraryPath << ": " << importer.libraryError() << '\n';
        return ExitInputError;
    }

    int imported = 0, duplicates = 0, failed = 0;
    for (const ImportOutcome &o : outcomes) {
        switch (o.status) {
        case ImportOutcome::Imported:
            ++imported;
            break;
        case ImportOutcome::Duplicate:
            ++duplicates;
            out << o.file << ": already in the library (report " << o.reportId << "), skipped\n";
            break;
        case ImportOutcome::Failed:
            ++failed;
            err << o.file << ": " << o.error << '\n';
            break;
        }
    }
    out << "imported " << imported << ", duplicates " << duplicates << ", failed " << failed << '\n';
    return failed > 0 ? ExitInputError : ExitOk;
}

} // namespace rl
