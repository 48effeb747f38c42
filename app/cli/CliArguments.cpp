#include "CliArguments.h"

#include <QTextStream>

namespace rl {

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("reportlens ") + command);
    if (!parser.parse(full)) {
        err << "reportlens " << command << ": " << parser.errorText() << '\n';
        return false;
    }
    return true;
}

} // namespace rl
