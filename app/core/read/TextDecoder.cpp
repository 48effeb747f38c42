#include "read/TextDecoder.h"

#include <QString>

namespace rl {

ReadResult TextDecoder::decode(const QByteArray &bytes)
{
    // Placeholder until the reader work lands: UTF-8 only.
    ReadResult r;
    r.document.text = QString::fromUtf8(bytes);
    r.document.format = QStringLiteral("txt");
    r.document.encoding = QStringLiteral("UTF-8");
    return r;
}

} // namespace rl
