#include "extract/ClauseSplitter.h"

#include <algorithm>

namespace rl {

namespace {

inline bool isIdeographOrDigit(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= u'0' && c <= u'9');
}

// 一、 / (一) / 1. / 第一 … : a heading line ends without punctuation but is not wrapped text.
bool startsWithHeadingMarker(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == QChar(0x3000)))
        ++i;
    const char16_t c = i < line.size() ? line[i].unicode() : 0;
    if (c == u'(' || c == u'（' || c == u'第' || c == u'【' || c == u'[')
        return true;
    const QStringView chineseDigits(u"一二三四五六七八九十");
    qsizetype j = i;
    if (c >= u'0' && c <= u'9') {
        while (j < line.size() && line[j] >= u'0' && line[j] <= u'9')
            ++j;
    } else {
        while (j < line.size() && chineseDigits.contains(line[j]))
            ++j;
    }
    if (j == i || j >= line.size())
        return false;
    const char16_t d = line[j].unicode();
    return d == u'、' || d == u'.' || d == u'．' || (d == u'是' && !(c >= u'0' && c <= u'9'));
}

} // namespace

ClauseSplitter::ClauseSplitter(QStringView text)
    : m_text(text)
{
    m_sentenceStarts.reserve(size_t(text.size() / 40 + 1));
    m_sentenceStarts.push_back(0);
    m_paragraphStart.reserve(m_sentenceStarts.capacity());
    m_paragraphStart.push_back(1);
    const qsizetype n = text.size();
    const char16_t *p = text.utf16();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c == u'\n') {
            // A long line that stops mid-sentence and goes on in the next one was wrapped (PDF
            // text): the line break is not a sentence end. Short lines are headings.
            qsizetype b = i;
            while (b > lineStart && (p[b - 1] == u' ' || p[b - 1] == 0x3000))
                --b;
            const char16_t last = b > lineStart ? p[b - 1] : 0;
            const char16_t next = i + 1 < n ? p[i + 1] : 0;
            const bool wrapped = b - lineStart >= 16 && !isClauseDelimiter(last) && last != u'。'
                && (isIdeographOrDigit(last) || last == u'、') && isIdeographOrDigit(next)
                && !startsWithHeadingMarker(text.mid(lineStart, b - lineStart));
            lineStart = i + 1;
            if (wrapped) {
                m_softWraps.push_back(i);
                continue;
            }
        }
        if (c < 0x3000 ? (c == u'\n' || c == u'!' || c == u'?') : isSentenceEnd(c)) {
            m_sentenceStarts.push_back(i + 1);
            m_paragraphStart.push_back(c == u'\n' ? 1 : 0);
        }
    }
}

int ClauseSplitter::sentenceIndex(qsizetype pos) const
{
    const auto it = std::upper_bound(m_sentenceStarts.begin(), m_sentenceStarts.end(), pos);
    return int(it - m_sentenceStarts.begin()) - 1;
}

qsizetype ClauseSplitter::sentenceStart(qsizetype pos) const
{
    return m_sentenceStarts[size_t(std::max(0, sentenceIndex(pos)))];
}

qsizetype ClauseSplitter::sentenceEnd(qsizetype pos) const
{
    const int i = sentenceIndex(pos);
    if (size_t(i + 1) < m_sentenceStarts.size())
        return m_sentenceStarts[size_t(i + 1)] - 1;
    return m_text.size();
}

qsizetype ClauseSplitter::previousSentenceStart(qsizetype start) const
{
    const int i = sentenceIndex(start);
    if (i <= 0 || m_paragraphStart[size_t(i)])
        return -1;
    return m_sentenceStarts[size_t(i - 1)];
}

ClauseSplitter::Clause ClauseSplitter::clauseBefore(qsizetype pos, qsizetype floor) const
{
    Clause c;
    floor = std::max(floor, pos - 400);   // a clause is never this long; keeps run-on text linear
    c.start = floor;
    int depth = 0;
    qsizetype asideEnd = -1;
    bool onlySpaces = true;
    for (qsizetype i = pos - 1; i >= floor; --i) {
        const char16_t ch = m_text[i].unicode();
        if (ch == u')' || ch == u'）') {
            if (depth++ == 0)
                asideEnd = i + 1;
            continue;
        }
        if (ch == u'(' || ch == u'（') {
            if (depth > 0) {
                if (--depth == 0)
                    c.asides.emplace_back(i, asideEnd);
                continue;
            }
            c.start = i + 1;          // the figure sits inside this parenthesis
            c.parenthesis = i;
            return c;
        }
        if (depth == 0 && isBoundary(i)) {
            // 行政复议案件:12件 — a colon right before the figure joins it to the words it labels.
            if ((ch == u':' || ch == u'：') && onlySpaces)
                continue;
            c.start = i + 1;
            return c;
        }
        if (ch != u' ' && ch != u'\t' && ch != 0x3000)
            onlySpaces = false;
    }
    return c;
}

qsizetype ClauseSplitter::clauseEnd(qsizetype pos, qsizetype limit) const
{
    const qsizetype end = std::min(m_text.size(), pos + limit);
    for (qsizetype i = pos; i < end; ++i) {
        const char16_t ch = m_text[i].unicode();
        if (isBoundary(i) || ch == u')' || ch == u'）')
            return i;
    }
    return end;
}

} // namespace rl
