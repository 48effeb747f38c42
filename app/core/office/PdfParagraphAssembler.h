#pragma once

#include "office/PdfTextLayout.h"

#include <QStringList>

namespace rl {

// Turns the printed lines of a PDF back into the paragraphs that were typeset: running headers,
// footers and page numbers dropped; a line joined to the previous one unless the layout says a
// paragraph ended (short line, first-line indent, extra vertical space) or a heading begins.
// Pure geometry and text, no poppler: unit-tested with made-up pages.
class PdfParagraphAssembler final
{
public:
    static QStringList assemble(QList<PdfTextPage> pages);

    // Marks lines that repeat at the same height on most pages, and page numbers at the top or
    // bottom of a page; removes them in place.
    static void dropRunningLines(QList<PdfTextPage> &pages);
};

} // namespace rl
