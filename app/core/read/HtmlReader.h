#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Text of a web page as saved from a government site; keeps <title> and the meta date as hints.
class HtmlReader final
{
public:
    static ReadResult read(const QByteArray &bytes);
};

} // namespace rl
