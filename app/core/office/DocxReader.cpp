#include "office/DocxReader.h"

#include <QCoreApplication>

namespace rl {

ReadResult DocxReader::read(const QByteArray &)
{
    return ReadResult::failure(QCoreApplication::translate("rl::DocxReader", "Word files are not supported yet"));
}

} // namespace rl
