#include "TestEncoding.h"

#include <QtGlobal>

#include <unicode/ucnv.h>

namespace rl::test {

QByteArray icuEncode(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(encoding, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.constData()), int32_t(text.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        qFatal("cannot encode as %s", encoding);
    out.truncate(n);
    return out;
}

} // namespace rl::test
