#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// A web page saved as a single file (.mht/.mhtml, "Web archive": MIME multipart/related, as IE,
// Edge and Chrome write it). The first text/html part is unpacked (quoted-printable or base64, in
// the part's charset) and read like any page; images and styles are ignored.
class MhtReader final
{
public:
    static ReadResult read(const QByteArray &bytes);

    // Whether the bytes start like a MIME web archive (headers with multipart/related).
    static bool looksLikeMht(const QByteArray &bytes);

    static QByteArray decodeQuotedPrintable(const QByteArray &body);
};

} // namespace rl
