#include "read/BinarySniffer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::BinarySniffer", text);
}

// How much of the file the sniffer looks at: enough for a verdict, bounded for huge files.
constexpr qsizetype SampleBytes = 64 * 1024;

struct Signature
{
    const char *magic;
    int length;
    const char *kind;
};

const Signature Signatures[] = {
    {"\x7F" "ELF", 4, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is an executable program (ELF)")},
    {"\x89PNG\r\n\x1A\n", 8, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a PNG image")},
    {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a JPEG image")},
    {"GIF87a", 6, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a GIF image")},
    {"GIF89a", 6, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a GIF image")},
    {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a gzip archive")},
    {"7z\xBC\xAF\x27\x1C", 6, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a 7-Zip archive")},
    {"Rar!\x1A\x07", 6, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a RAR archive")},
    {"\x00\x00\x01\x00", 4, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is an icon image")},
    {"RIFF", 4, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a media file (RIFF)")},
    {"SQLite format 3\0", 16, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is an SQLite database")},
    {"\xCA\xFE\xBA\xBE", 4, QT_TRANSLATE_NOOP("rl::BinarySniffer", "it is a compiled program")},
};

bool isTextControl(uchar c)
{
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1A || c == 0x1B;
}

} // namespace

int BinarySniffer::utf16WithoutBomOrder(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), SampleBytes) & ~qsizetype(1);
    if (n < 4)
        return 0;
    qsizetype evenNul = 0, oddNul = 0;
    const char *p = bytes.constData();
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += p[i] == 0;
        oddNul += p[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    // ASCII-heavy UTF-16 has a NUL in almost every unit at one parity and none at the other;
    // Chinese UTF-16 has few NULs, and those are found by the decoder's own verification.
    if (oddNul * 5 >= units && evenNul * 50 <= oddNul)
        return 1; // "A\0" → little endian
    if (evenNul * 5 >= units && oddNul * 50 <= evenNul)
        return 2;
    return 0;
}

QString BinarySniffer::binaryReason(const QByteArray &bytes)
{
    for (const Signature &s : Signatures) {
        if (s.kind && bytes.size() >= s.length && std::memcmp(bytes.constData(), s.magic, size_t(s.length)) == 0)
            return tr(s.kind);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return {}; // UTF-16 BOM: NUL bytes are expected
    const qsizetype n = std::min<qsizetype>(bytes.size(), SampleBytes);
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    qsizetype nul = 0, control = 0;
    const auto countByte = [&](uchar c) {
        if (c == 0)
            ++nul;
        else if (c < 0x20 && !isTextControl(c))
            ++control;
    };
    // Every file passes through here: eight bytes at a time, and only a word holding a byte below
    // 0x20 (mostly a line break) is looked at byte by byte. Same counts as the plain loop.
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        if (((word - ones * 0x20) & ~word & highs) == 0)
            continue;   // no byte < 0x20 in this word
        for (int k = 0; k < 8; ++k)
            countByte(p[i + k]);
    }
    for (; i < n; ++i)
        countByte(p[i]);
    if (nul > 0) {
        if (utf16WithoutBomOrder(bytes) != 0)
            return {};
        if (bytes.startsWith("MZ"))
            return tr("it is a Windows program (EXE/DLL)");
        return tr("it contains binary data (NUL bytes)");
    }
    // A few stray control characters happen in copied text; binary data has them everywhere.
    if (control > 8 && control * 100 > n)
        return tr("it contains binary data (control characters)");
    return {};
}

double BinarySniffer::garbageRatio(QStringView text)
{
    if (text.isEmpty())
        return 0.0;
    const qsizetype n = std::min<qsizetype>(text.size(), SampleBytes);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20) {
            if (!isTextControl(uchar(c)))
                ++bad;
        } else if ((c >= 0x7F && c < 0xA0) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) {
            ++bad;
        }
    }
    return double(bad) / double(n);
}

} // namespace rl
