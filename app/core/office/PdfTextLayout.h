#pragma once

#include <QList>
#include <QString>

namespace rl {

// One printed line of a PDF page, in points (y grows downwards), as the PDF reader found it.
struct PdfTextLine
{
    QString text;                 // CJK spaces already removed
    double left = 0;
    double right = 0;
    double top = 0;
    double bottom = 0;
    double em = 10;               // glyph size on this line (CJK character width)
    double firstTokenWidth = 0;   // width of what could not have been split from the line start
};

struct PdfTextPage
{
    double width = 595;
    double height = 842;
    QList<PdfTextLine> lines;     // in reading order
};

} // namespace rl
