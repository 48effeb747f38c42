// libFuzzer target: any bytes as a .docx (zip container, XML parts, zip-bomb guards).
#include "office/DocxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)rl::DocxReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
