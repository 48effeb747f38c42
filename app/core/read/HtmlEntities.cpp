#include "read/HtmlEntities.h"

#include <algorithm>
#include <iterator>

namespace rl {

namespace {

struct NamedEntity
{
    const char16_t *name;
    char32_t codePoint;
};

const NamedEntity NamedEntities[] = {
#include "HtmlEntityTable.inc"
};

// Longest name in the table ("thetasym" and friends are not in it); bounds the scan.
constexpr qsizetype MaxNameLength = 8;

// Browsers read &#128;–&#159; as windows-1252, which is what the page's author meant.
const char16_t Windows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += QChar(0xFFFD);
    } else if (cp >= 0x80 && cp < 0xA0) {
        out += QChar(Windows1252[cp - 0x80]);
    } else if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

const NamedEntity *findNamed(QStringView name)
{
    const auto *begin = std::begin(NamedEntities);
    const auto *end = std::end(NamedEntities);
    const auto *it = std::lower_bound(begin, end, name, [](const NamedEntity &e, QStringView n) {
        return QStringView(e.name).compare(n) < 0;
    });
    if (it != end && QStringView(it->name) == name)
        return it;
    return nullptr;
}

} // namespace

qsizetype HtmlEntities::decodeAt(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype i = pos + 1;
    if (i >= n)
        return 0;
    if (text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        while (i < n) {
            const int d = hex ? hexValue(text[i].unicode())
                              : (text[i] >= u'0' && text[i] <= u'9' ? text[i].unicode() - u'0' : -1);
            if (d < 0)
                break;
            if (value <= 0x10FFFF) // saturate instead of overflowing on absurd numbers
                value = value * (hex ? 16 : 10) + char32_t(d);
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && text[i] == u';')
            ++i;
        appendCodePoint(out, value);
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart <= MaxNameLength && isAsciiAlnum(text[i].unicode()))
        ++i;
    const QStringView name = text.mid(nameStart, i - nameStart);
    if (name.isEmpty())
        return 0;
    if (i < n && text[i] == u';') {
        if (const NamedEntity *e = findNamed(name)) {
            appendCodePoint(out, e->codePoint);
            return i + 1 - pos;
        }
        return 0;
    }
    // Without the semicolon only the old, common names are honoured (as browsers do), and
    // only as a prefix match of the longest known one: "&nbsp2021" → NBSP + "2021".
    static const char16_t *const Legacy[] = {u"nbsp", u"amp", u"lt", u"gt", u"quot", u"copy", u"reg"};
    for (const char16_t *legacy : Legacy) {
        const QStringView l(legacy);
        if (name.startsWith(l)) {
            appendCodePoint(out, findNamed(l)->codePoint);
            return 1 + l.size();
        }
    }
    return 0;
}

void HtmlEntities::appendDecoded(QString &out, QStringView text)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype amp = text.indexOf(u'&', start);
        if (amp < 0) {
            out += text.mid(start);
            return;
        }
        out += text.mid(start, amp - start);
        const qsizetype used = decodeAt(text, amp, out);
        if (used == 0) {
            out += QLatin1Char('&');
            start = amp + 1;
        } else {
            start = amp + used;
        }
    }
}

QString HtmlEntities::decoded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendDecoded(out, text);
    return out;
}

} // namespace rl
