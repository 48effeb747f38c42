// libFuzzer target: any bytes through the .txt decoder and the normaliser must neither crash nor hang.
#include "read/Normaliser.h"
#include "read/TextDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const rl::ReadResult r = rl::TextDecoder::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (r.ok())
        (void)rl::Normaliser::normalise(r.document.text);
    return 0;
}
