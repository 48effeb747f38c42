#pragma once

#include <QString>

namespace rl {

// What became of one file given to the library.
struct ImportOutcome
{
    enum Status { Imported, Duplicate, Failed };
    Status status = Failed;
    qint64 reportId = -1;    // the new row, or the existing one for a Duplicate
    QString file;
    QString error;           // the reason, for Failed (without the file name)
};

} // namespace rl
