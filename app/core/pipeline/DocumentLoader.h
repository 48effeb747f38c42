#pragma once

#include "model/RawDocument.h"

#include <QByteArray>
#include <QString>

namespace rl {

// Reads a file from disk and hands it to the reader its content calls for (not only its extension:
// a .txt that is really HTML, a .docx that is really something else).
class DocumentLoader final
{
public:
    // Files above this are refused rather than read into memory.
    static constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;

    static ReadResult load(const QString &path, QByteArray *bytesOut = nullptr);
    static ReadResult loadBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace rl
