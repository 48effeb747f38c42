#include "library/SearchGrams.h"

namespace rl {

namespace {

// ASCII letters fold to lower case so the index is case-insensitive like the verification after it.
QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
}

// What the ascii tokenizer keeps inside a token: ASCII letters and digits, and every non-ASCII character.
// Surrogates are excluded because a lone one does not survive the conversion to UTF-8.
bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return !c.isSurrogate();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

void appendHex(QString &out, char16_t u)
{
    static const char digits[] = "0123456789abcdef";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += QLatin1Char(digits[(u >> shift) & 0xf]);
}

} // namespace

void SearchGrams::appendToken(QString &out, QChar a, QChar b)
{
    a = fold(a);
    b = fold(b);
    if (isTokenChar(a) && isTokenChar(b)) {
        out += a;
        out += b;
        return;
    }
    // A bigram with a separator in it (space, punctuation, a surrogate) must still be exactly one token,
    // or every later position would shift: spell it as x + the two code units in hex (9 characters, so
    // it never equals a plain 2-character bigram).
    out += QLatin1Char('x');
    appendHex(out, a.unicode());
    appendHex(out, b.unicode());
}

QString SearchGrams::tokens(QStringView text)
{
    QString out;
    if (text.size() < 2)
        return out;
    out.reserve(text.size() * 3);
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        appendToken(out, text[i], text[i + 1]);
    }
    return out;
}

QString SearchGrams::phrase(QStringView needle)
{
    return QLatin1Char('"') + tokens(needle) + QLatin1Char('"');
}

} // namespace rl
