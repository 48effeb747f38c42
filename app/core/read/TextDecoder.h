#pragma once

#include "model/RawDocument.h"

#include <QByteArray>
#include <QString>

namespace rl {

// Turns the bytes of a .txt file into text: BOMs, UTF-8, GB18030/GBK, UTF-16; ICU detection when
// there is no BOM, verified before it is trusted.
//
// Order without a BOM: strict UTF-8 (a very strong signal), then ICU's charset detector's
// candidates (only encodings we support), then GB18030. Each candidate is decoded with an ICU
// converter that counts invalid sequences; a candidate is trusted when it decodes cleanly (an
// incomplete character at the very end — a truncated file — is tolerated), otherwise the one
// with the fewest errors wins when they are rare (a few corrupt bytes in a long file).
class TextDecoder final
{
public:
    static ReadResult decode(const QByteArray &bytes);

    // Decodes with a declared encoding (an HTML <meta charset>); fails when the bytes do not
    // verify in it, so the caller can fall back to decode().
    static ReadResult decodeAs(const QByteArray &bytes, const QString &encoding);

    // "gb2312", "GBK", "x-gbk" → "GB18030" (a superset); "utf8" → "UTF-8"; empty when unsupported.
    static QString canonicalEncoding(const QString &label);

    struct Attempt
    {
        QString text;
        qsizetype errors = 0; // invalid or unmappable byte sequences, each decoded as U+FFFD
        bool truncatedTail = false; // the only error is an incomplete character at the end
    };
    // Decodes with an ICU converter (UTF-8 through Qt's fast path), counting errors.
    static Attempt attempt(const QByteArray &bytes, const QString &encoding);
};

} // namespace rl
