#include "read/HtmlReader.h"

#include "read/TextDecoder.h"

namespace rl {

ReadResult HtmlReader::read(const QByteArray &bytes)
{
    ReadResult r = TextDecoder::decode(bytes);   // placeholder until the reader work lands
    r.document.format = QStringLiteral("html");
    return r;
}

} // namespace rl
