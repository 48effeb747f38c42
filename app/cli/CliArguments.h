#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class QTextStream;

namespace rl {

// QCommandLineParser for a sub-command: parses `args` (without program and command names) and
// reports a usage error on `err` in the contract's one-line style. Returns false on a usage error.
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &err);

} // namespace rl
