#include "office/PdfReader.h"

#include <QCoreApplication>

namespace rl {

ReadResult PdfReader::read(const QByteArray &)
{
    return ReadResult::failure(QCoreApplication::translate("rl::PdfReader", "PDF files are not supported yet"));
}

} // namespace rl
