#include "office/TextCues.h"

#include <QRegularExpression>

namespace rl {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x3000) || c == QLatin1Char('\t');
}

// Code point ending at UTF-16 index i-1 (the one just before i).
char32_t codePointBefore(const QString &s, qsizetype i)
{
    const QChar c = s.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && s.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(i - 2), c);
    return c.unicode();
}

char32_t codePointAt(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    return c.unicode();
}

const QString &closers()
{
    static const QString s = QStringLiteral("”’\"')）]】》」』〉");
    return s;
}

} // namespace

bool TextCues::isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)     // radicals
        || (c >= 0x3000 && c <= 0x303F)     // CJK symbols and punctuation
        || (c >= 0x3040 && c <= 0x30FF)     // kana
        || (c >= 0x3100 && c <= 0x312F)     // bopomofo
        || (c >= 0x31C0 && c <= 0x9FFF)     // strokes … unified ideographs (incl. ext. A, enclosed)
        || (c >= 0xF900 && c <= 0xFAFF)     // compatibility ideographs
        || (c >= 0xFE30 && c <= 0xFE4F)     // compatibility forms
        || (c >= 0xFF00 && c <= 0xFFEF)     // full-width forms
        || (c >= 0x20000 && c <= 0x3FFFF)   // extension B …
        || c == 0x2014 || c == 0x2026       // — … used as CJK punctuation
        || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x00B7;
}

namespace {

// Curly quotes, dashes, ellipsis and middle dot serve Chinese and English text alike: they count
// as CJK when the text they belong to is CJK.
bool isAmbiguousPunctuation(char32_t c)
{
    return c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

// Whether the text on one side of a gap is CJK: the nearest character that is not ambiguous
// punctuation decides (a quote next to a space decides nothing by itself).
bool cjkSide(const QString &s, qsizetype from, int step)
{
    for (qsizetype i = from; i >= 0 && i < s.size(); i += step) {
        const QChar c = s.at(i);
        if (c.isSpace())
            return false;
        const char32_t u = c.unicode();
        if (!isAmbiguousPunctuation(u))
            return TextCues::isCjk(step < 0 ? codePointBefore(s, i + 1) : codePointAt(s, i));
    }
    return false;
}

} // namespace

QString TextCues::removeCjkSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isSpace(text.at(i))) {
            out.append(text.at(i));
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isSpace(text.at(j)))
            ++j;
        const bool cjkBefore = i > 0 && cjkSide(text, i - 1, -1);
        const bool cjkAfter = j < n && cjkSide(text, j, +1);
        if (!(cjkBefore || cjkAfter) && i > 0 && j < n)
            out.append(QLatin1Char(' '));
        i = j;
    }
    return out;
}

bool TextCues::endsSentence(const QString &line)
{
    qsizetype i = line.size();
    while (i > 0 && (isSpace(line.at(i - 1)) || closers().contains(line.at(i - 1))))
        --i;
    if (i == 0)
        return false;
    static const QString enders = QStringLiteral("。！？；：!?;:…．");
    const QChar last = line.at(i - 1);
    if (enders.contains(last))
        return true;
    // An ASCII full stop ends a sentence only after a non-digit ("1." is a marker, "3.5" a number).
    return last == QLatin1Char('.') && i >= 2 && !line.at(i - 2).isDigit();
}

namespace {

const QRegularExpression &strongMarker()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[一二三四五六七八九十百]+[、．.]"
        "|[（(][一二三四五六七八九十百]+[)）]"
        "|第[一二三四五六七八九十百0-9]+(?:章|节|部分|篇))"));
    return re;
}

const QRegularExpression &weakMarker()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[0-9０-９]{1,3}[、．.](?![0-9０-９])"
        "|[（(][0-9０-９]{1,3}[)）]"
        "|[①-⑳]"
        "|[一二三四五六七八九十]+是)"));
    return re;
}

} // namespace

qsizetype TextCues::leadingMarkerLength(const QString &line)
{
    QRegularExpressionMatch m = strongMarker().match(line);
    if (m.hasMatch())
        return m.capturedLength();
    m = weakMarker().match(line);
    return m.hasMatch() ? m.capturedLength() : 0;
}

TextCues::Marker TextCues::leadingMarker(const QString &line)
{
    if (strongMarker().match(line).hasMatch())
        return Marker::Strong;
    return weakMarker().match(line).hasMatch() ? Marker::Weak : Marker::None;
}

bool TextCues::isPageNumber(const QString &line)
{
    QString s = line;
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    if (s.isEmpty() || s.size() > 24)
        return false;
    static const QRegularExpression patterns(QStringLiteral(
        "^(?:[-—–－‒―~～·•.\\[(（【<〈]*[0-9０-９]{1,4}[-—–－‒―~～·•.\\])）】>〉]*"
        "|第[0-9０-９一二三四五六七八九十百零〇]+页(?:[,，/／]?共[0-9０-９一二三四五六七八九十百零〇]+页)?"
        "|共[0-9０-９]+页[,，/／]?第[0-9０-９]+页"
        "|[0-9０-９]{1,4}[/／][0-9０-９]{1,4}"
        "|(?i:page)[0-9]{1,4}(?:(?i:of)[0-9]{1,4})?"
        "|[-—–－]?[ivxlcIVXLC]{1,6}[-—–－]?)$"));
    return patterns.match(s).hasMatch();
}

} // namespace rl
