#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Text of a Word .docx (ZipArchive over minizip + QXmlStreamReader) shaped like the .txt of the same
// report: one paragraph per line (runs joined, tabs as spaces, line breaks as new lines), automatic
// numbering written out as markers ("一、", "（二）"), table rows as "cell | cell", footnotes and
// endnotes at the end; hidden, deleted and table-of-contents text left out. Heading styles (and
// outline levels) give RawDocument::headingHints; docProps/core.xml the title and date hints.
// Refuses with a reason: damaged zip, not a Word package (an .xlsx renamed), zip bomb, bad XML.
class DocxReader final
{
public:
    static ReadResult read(const QByteArray &bytes);
};

} // namespace rl
