#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Text of a Word .docx (minizip + QXmlStreamReader): paragraphs, tables, footnotes, heading hints.
class DocxReader final
{
public:
    static ReadResult read(const QByteArray &bytes);
};

} // namespace rl
