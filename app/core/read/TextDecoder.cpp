#include "read/TextDecoder.h"

#include "read/BinarySniffer.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::TextDecoder", text);
}

const QString Utf8 = QStringLiteral("UTF-8");
const QString Gb18030 = QStringLiteral("GB18030");
const QString Utf16Le = QStringLiteral("UTF-16LE");
const QString Utf16Be = QStringLiteral("UTF-16BE");
const QString Big5 = QStringLiteral("Big5");

// ICU's detector looks at this much; more only costs time.
constexpr qsizetype DetectorSampleBytes = 256 * 1024;

// An error rate that still means "this encoding, with a few damaged bytes": one per 2000 chars.
bool errorsAreRare(const TextDecoder::Attempt &a)
{
    return a.errors <= std::max<qsizetype>(1, a.text.size() / 2000);
}

struct ErrorCounter
{
    qsizetype errors = 0;
    qsizetype limit = 0; // past it the candidate is rejected at once instead of decoded to the end
};

// More errors than this cannot be "rare" (errorsAreRare allows one per 2000 characters, and a
// character takes at least one byte); a wrong candidate stops early.
qsizetype errorLimit(qsizetype bytes)
{
    return std::max<qsizetype>(1, bytes / 1000) + 8;
}

// Replaces every invalid/unmappable sequence by U+FFFD and counts it.
void U_CALLCONV countingToUCallback(const void *context, UConverterToUnicodeArgs *args, const char *,
                                    int32_t, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset/close/clone: nothing to substitute
    auto *counter = static_cast<ErrorCounter *>(const_cast<void *>(context));
    if (++counter->errors > counter->limit)
        return; // *err stays an error: ucnv_toUnicode stops
    *err = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

TextDecoder::Attempt icuAttempt(const QByteArray &bytes, const QString &encoding)
{
    TextDecoder::Attempt result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status)) {
        result.errors = bytes.size() + 1;
        return result;
    }
    ErrorCounter counter;
    counter.limit = errorLimit(bytes.size());
    ucnv_setToUCallBack(conv.get(), countingToUCallback, &counter, nullptr, nullptr, &status);
    // Every supported encoding yields at most one UTF-16 unit per byte (+1 for a final U+FFFD).
    result.text.resize(bytes.size() + 2);
    UChar *target = reinterpret_cast<UChar *>(result.text.data());
    UChar *const targetStart = target;
    const char *source = bytes.constData();
    ucnv_toUnicode(conv.get(), &target, targetStart + result.text.size(), &source,
                   source + bytes.size(), nullptr, /*flush*/ false, &status);
    const qsizetype beforeFlush = counter.errors;
    // Flushing reports an incomplete trailing character: a truncated file, tolerated.
    ucnv_toUnicode(conv.get(), &target, targetStart + result.text.size(), &source, source, nullptr,
                   /*flush*/ true, &status);
    if (U_FAILURE(status)) {
        result.errors = bytes.size() + 1;
        result.text.clear();
        return result;
    }
    result.text.resize(target - targetStart);
    result.errors = counter.errors;
    if (beforeFlush == 0 && counter.errors == 1) {
        result.errors = 0;
        result.truncatedTail = true;
        if (result.text.endsWith(QChar(0xFFFD)))
            result.text.chop(1);
    }
    return result;
}

// Whether the first 64 KB are valid UTF-8: rejects a GB18030 file without decoding all of it.
bool utf8PrefixValid(const QByteArray &bytes)
{
    constexpr qsizetype Prefix = 64 * 1024;
    if (bytes.size() <= Prefix)
        return true; // the full decode is as cheap
    qsizetype end = Prefix;
    while (end > Prefix - 4 && (uchar(bytes[end]) & 0xC0) == 0x80)
        --end; // do not cut a character: end before a continuation byte run
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(QByteArrayView(bytes.constData(), end));
    return !decoder.hasError();
}

// Strict UTF-8 to UTF-16 for the common case, a clean file: no BOM, no invalid, overlong or
// surrogate sequence, no noncharacter. Anything else returns false and QStringDecoder decides as
// before; on clean input both give the same code points. Qt decodes CJK through a generic
// per-character path, which showed as a tenth of the whole pipeline on the profile.
bool decodeCleanUtf8(QByteArrayView bytes, QString *out)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return false;   // Qt skips an initial BOM: leave that to it
    const auto continuation = [p](qsizetype k) { return (p[k] & 0xC0) == 0x80; };
    QString text(n, Qt::Uninitialized);   // never more UTF-16 units than bytes
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *w = begin;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            *w++ = b;
            ++i;
        } else if (b < 0xC2) {
            return false;   // a stray continuation byte or an overlong lead
        } else if (b < 0xE0) {
            if (i + 1 >= n || !continuation(i + 1))
                return false;
            *w++ = char16_t(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
            i += 2;
        } else if (b < 0xF0) {
            if (i + 2 >= n || !continuation(i + 1) || !continuation(i + 2))
                return false;
            const char32_t c = (char32_t(b & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE)
                return false;
            *w++ = char16_t(c);
            i += 3;
        } else if (b < 0xF5) {
            if (i + 3 >= n || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
                return false;
            const char32_t c = (char32_t(b & 0x07) << 18) | (char32_t(p[i + 1] & 0x3F) << 12)
                | (char32_t(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
            if (c < 0x10000 || c > 0x10FFFF || (c & 0xFFFE) == 0xFFFE)
                return false;
            *w++ = QChar::highSurrogate(c);
            *w++ = QChar::lowSurrogate(c);
            i += 4;
        } else {
            return false;
        }
    }
    text.truncate(w - begin);
    *out = std::move(text);
    return true;
}

TextDecoder::Attempt utf8Attempt(const QByteArray &bytes)
{
    TextDecoder::Attempt result;
    if (decodeCleanUtf8(bytes, &result.text))
        return result;   // clean input: its prefix is valid and Qt would report no error
    if (!utf8PrefixValid(bytes))
        return icuAttempt(bytes, Utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(bytes);
    if (!decoder.hasError())
        return result;
    // Qt has no error count; ICU's converter gives one (and the truncated-tail verdict).
    return icuAttempt(bytes, Utf8);
}

QByteArray withoutBom(const QByteArray &bytes, int bomLength)
{
    return QByteArray::fromRawData(bytes.constData() + bomLength, bytes.size() - bomLength);
}

// ICU's guesses, best first, restricted to encodings a Chinese report is written in: the
// detector also proposes ISO-8859-x and windows-125x, which decode any byte string "cleanly".
// *confidentBig5: the detector is sure of Big5 on a sample long enough to tell it from GBK (short
// GBK text is usually valid Big5 too, and the other way round).
QStringList detectorCandidates(const QByteArray &bytes, bool *confidentBig5)
{
    *confidentBig5 = false;
    QStringList out;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return out;
    const int32_t n = int32_t(std::min<qsizetype>(bytes.size(), DetectorSampleBytes));
    ucsdet_setText(detector, bytes.constData(), n, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < count; ++i) {
            UErrorCode s = U_ZERO_ERROR;
            const QString name = TextDecoder::canonicalEncoding(QString::fromLatin1(ucsdet_getName(matches[i], &s)));
            // Any even-length byte string "decodes" as UTF-16; BOM-less UTF-16 is only
            // considered when its NUL pattern shows (BinarySniffer::utf16WithoutBomOrder).
            if (U_SUCCESS(s) && !name.isEmpty() && !name.startsWith(QLatin1String("UTF-16")) && !out.contains(name)) {
                if (out.isEmpty() && name == Big5 && n >= 600)
                    *confidentBig5 = ucsdet_getConfidence(matches[i], &s) >= 60;
                out << name;
            }
        }
    }
    ucsdet_close(detector);
    return out;
}

ReadResult textResult(TextDecoder::Attempt &&a, const QString &encoding)
{
    ReadResult r;
    r.document.text = std::move(a.text);
    r.document.format = QStringLiteral("txt");
    r.document.encoding = encoding;
    return r;
}

QString noEncodingError()
{
    return tr("not a text file: it decodes in no supported encoding (UTF-8, GB18030, UTF-16)");
}

// Decoded text full of control characters is binary data that happened to decode.
bool plausibleText(const TextDecoder::Attempt &a)
{
    return BinarySniffer::garbageRatio(a.text) < 0.01;
}

} // namespace

QString TextDecoder::canonicalEncoding(const QString &label)
{
    const QString l = label.trimmed().toLower().remove(QLatin1Char('_'));
    if (l == QLatin1String("utf-8") || l == QLatin1String("utf8"))
        return Utf8;
    if (l == QLatin1String("gb18030") || l == QLatin1String("gbk") || l == QLatin1String("gb2312")
        || l == QLatin1String("x-gbk") || l == QLatin1String("cp936") || l == QLatin1String("windows-936")
        || l == QLatin1String("euc-cn") || l == QLatin1String("hz-gb-2312") || l == QLatin1String("gb-2312"))
        return Gb18030;
    if (l == QLatin1String("utf-16le"))
        return Utf16Le;
    if (l == QLatin1String("utf-16be") || l == QLatin1String("utf-16"))
        return Utf16Be;
    if (l == QLatin1String("big5") || l == QLatin1String("big5-hkscs") || l == QLatin1String("cp950"))
        return Big5;
    return {};
}

TextDecoder::Attempt TextDecoder::attempt(const QByteArray &bytes, const QString &encoding)
{
    if (encoding == Utf8)
        return utf8Attempt(bytes);
    return icuAttempt(bytes, encoding);
}

ReadResult TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding)
{
    const QString canonical = canonicalEncoding(encoding);
    if (canonical.isEmpty())
        return ReadResult::failure(tr("unsupported encoding %1").arg(encoding));
    int bom = 0;
    if (canonical == Utf8 && bytes.startsWith("\xEF\xBB\xBF"))
        bom = 3;
    Attempt a = attempt(withoutBom(bytes, bom), canonical);
    if (!errorsAreRare(a) || !plausibleText(a))
        return ReadResult::failure(tr("the text does not decode as %1").arg(canonical));
    return textResult(std::move(a), canonical);
}

ReadResult TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return textResult(Attempt(), Utf8);

    // A byte-order mark is the writer's own statement; trust it (but still verify).
    struct Bom
    {
        const char *bytes;
        int length;
        const QString &encoding;
    };
    const Bom boms[] = {{"\xEF\xBB\xBF", 3, Utf8},
                        {"\xFF\xFE", 2, Utf16Le},
                        {"\xFE\xFF", 2, Utf16Be},
                        {"\x84\x31\x95\x33", 4, Gb18030}};
    for (const Bom &bom : boms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.length))) {
            Attempt a = attempt(withoutBom(bytes, bom.length), bom.encoding);
            if (errorsAreRare(a) && plausibleText(a))
                return textResult(std::move(a), bom.encoding);
            return ReadResult::failure(tr("not a text file: it starts with a %1 byte-order mark but does not decode as %1")
                                           .arg(bom.encoding));
        }
    }

    const QString binary = BinarySniffer::binaryReason(bytes);
    if (!binary.isEmpty())
        return ReadResult::failure(tr("not a text file: %1").arg(binary));

    Attempt utf8 = utf8Attempt(bytes);
    if (utf8.errors == 0 && plausibleText(utf8))
        return textResult(std::move(utf8), Utf8);

    QStringList candidates;
    if (const int order = BinarySniffer::utf16WithoutBomOrder(bytes))
        candidates << (order == 1 ? Utf16Le : Utf16Be);
    bool confidentBig5 = false;
    candidates << detectorCandidates(bytes, &confidentBig5);
    // Big5 text also "verifies" as GB18030 and short GBK text as Big5: unless the detector is
    // sure of Big5, GB18030 (what mainland reports use) is tried first.
    candidates.removeAll(Gb18030);
    const qsizetype big5 = candidates.indexOf(Big5);
    candidates.insert(big5 < 0 ? candidates.size() : confidentBig5 ? big5 + 1 : big5, Gb18030);
    candidates.removeAll(Utf8);

    Attempt best = std::move(utf8);
    QString bestEncoding = Utf8;
    for (const QString &encoding : std::as_const(candidates)) {
        Attempt a = attempt(bytes, encoding);
        if (!plausibleText(a))
            continue;
        if (a.errors == 0)
            return textResult(std::move(a), encoding);
        if (a.errors < best.errors) {
            best = std::move(a);
            bestEncoding = encoding;
        }
    }
    if (errorsAreRare(best) && plausibleText(best))
        return textResult(std::move(best), bestEncoding);
    return ReadResult::failure(noEncodingError());
}

} // namespace rl
