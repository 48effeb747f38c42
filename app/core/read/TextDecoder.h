#pragma once

#include "model/RawDocument.h"

#include <QByteArray>

namespace rl {

// Turns the bytes of a .txt file into text: BOMs, UTF-8, GB18030/GBK, UTF-16; ICU detection when
// there is no BOM, verified before it is trusted.
class TextDecoder final
{
public:
    static ReadResult decode(const QByteArray &bytes);
};

} // namespace rl
