#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Text of a PDF in reading order (poppler-qt6), running headers/footers dropped, broken lines rejoined.
class PdfReader final
{
public:
    static ReadResult read(const QByteArray &bytes);
};

} // namespace rl
