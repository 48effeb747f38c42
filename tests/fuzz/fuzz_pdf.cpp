// libFuzzer target: any bytes as a PDF through poppler and our line/paragraph reconstruction.
#include "office/PdfReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)rl::PdfReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
