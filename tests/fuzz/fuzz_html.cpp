// libFuzzer target: any bytes as a saved web page (tags, entities, charsets) through reader and normaliser.
#include "read/HtmlReader.h"
#include "read/Normaliser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const rl::ReadResult r = rl::HtmlReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (r.ok())
        (void)rl::Normaliser::normalise(r.document.text);
    return 0;
}
