#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Text of a PDF (poppler-qt6) shaped like the .txt of the same report: one paragraph per line in
// reading order; running headers, footers, page numbers and watermarks dropped; lines broken by
// typesetting rejoined (PdfParagraphAssembler); spaces between CJK characters removed; radicals
// folded to ideographs. Refuses with a reason: encrypted (user password), truncated, damaged,
// scanned (no text layer, or none on most pages), undecodable fonts. Hints: Info Title (cleaned),
// CreationDate as yyyy-MM-dd.
class PdfReader final
{
public:
    static ReadResult read(const QByteArray &bytes);
};

} // namespace rl
