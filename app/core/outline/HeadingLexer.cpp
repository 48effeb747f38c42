#include "outline/HeadingLexer.h"

#include <algorithm>

namespace rl {

namespace {

constexpr qsizetype maxChineseNumeralLength = 4;   // 九十九, 一百零一
constexpr qsizetype maxArabicNumeralLength = 2;    // 1 … 99; "2021、" is a year, not a marker
constexpr qsizetype maxSentenceScan = 200;         // a title never needs more; keeps huge lines linear
constexpr qsizetype maxUnnumberedLineLength = 12;

bool isAsciiOrWideDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'０' && u <= u'９');
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'０' ? u - u'０' : u - u'0';
}

bool isIdeograph(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

bool isOpenParen(QChar c)
{
    return c == u'(' || c == u'（';
}

bool isCloseParen(QChar c)
{
    return c == u')' || c == u'）';
}

qsizetype skipSpaces(QStringView text, qsizetype pos, qsizetype end)
{
    while (pos < end && HeadingLexer::isSpace(text[pos]))
        ++pos;
    return pos;
}

// Drops spaces and punctuation that close a heading ("加强统筹,健全机制。" → "加强统筹,健全机制").
QStringView trimTitle(QStringView title)
{
    qsizetype b = 0;
    qsizetype e = title.size();
    while (b < e && HeadingLexer::isSpace(title[b]))
        ++b;
    while (e > b) {
        const QChar c = title[e - 1];
        if (HeadingLexer::isSpace(c) || c == u'。' || c == u'，' || c == u',' || c == u'、' || c == u'；'
            || c == u';' || c == u'：' || c == u':' || c == u'.' || c == u'．')
            --e;
        else
            break;
    }
    return title.mid(b, e - b);
}

// "…2023年以来" after a heading without punctuation: a year right after an ideograph starts the body.
bool yearStartsAt(QStringView s, qsizetype k)
{
    if (k + 4 >= s.size() || !isIdeograph(s[k - 1]) || HeadingLexer::isChineseDigit(s[k - 1]))
        return false;
    if (s[k] != u'1' && s[k] != u'2')
        return false;
    for (qsizetype i = k; i < k + 4; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    }
    return s[k + 4] == u'年';
}

// Where to cut a first sentence that runs on: before a year that starts the body, else at the last
// comma within runOnCutLength, else at runOnCutLength.
qsizetype runOnCut(QStringView s)
{
    constexpr qsizetype minTitle = 4;
    const qsizetype limit = std::min(s.size(), HeadingLexer::maxTitleLength);
    for (qsizetype k = minTitle; k < limit; ++k) {
        if (yearStartsAt(s, k))
            return k;
    }
    qsizetype lastComma = -1;
    const qsizetype commaLimit = std::min(s.size(), HeadingLexer::runOnCutLength);
    for (qsizetype k = minTitle; k < commaLimit; ++k) {
        if (s[k] == u'，' || s[k] == u',')
            lastComma = k;
    }
    return lastComma > 0 ? lastComma : commaLimit;
}

// After "一、": "一、二季度" or "一、二级" is a list of numbers, not a heading.
bool startsWithNumberList(QStringView text, qsizetype pos, qsizetype lineEnd)
{
    if (pos + 1 >= lineEnd || !HeadingLexer::isChineseDigit(text[pos]))
        return false;
    const QChar next = text[pos + 1];
    return next == u'、' || next == u'季' || next == u'级' || next == u'至' || next == u'到' || next == u'或';
}

} // namespace

bool HeadingLexer::isChineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'零': case u'一': case u'二': case u'三': case u'四': case u'五':
    case u'六': case u'七': case u'八': case u'九': case u'十': case u'百':
        return true;
    default:
        return false;
    }
}

bool HeadingLexer::endsSentence(QStringView text, qsizetype pos)
{
    switch (text[pos].unicode()) {
    case u'。': case u'；': case u';': case u'！': case u'!': case u'？': case u'?': case u'：':
        return true;
    case u':':   // but not inside a time such as 11:08
        return !(pos > 0 && pos + 1 < text.size() && isAsciiOrWideDigit(text[pos - 1])
                 && isAsciiOrWideDigit(text[pos + 1]));
    default:
        return false;
    }
}

int HeadingLexer::chineseNumber(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int total = 0;
    int unit = -1;         // the pending digit, -1 when none
    bool lastWasZero = false;
    for (QChar c : digits) {
        int d = -1;
        switch (c.unicode()) {
        case u'〇': case u'零': d = 0; break;
        case u'一': d = 1; break;
        case u'二': d = 2; break;
        case u'三': d = 3; break;
        case u'四': d = 4; break;
        case u'五': d = 5; break;
        case u'六': d = 6; break;
        case u'七': d = 7; break;
        case u'八': d = 8; break;
        case u'九': d = 9; break;
        case u'十':
            total += (unit < 0 ? 1 : unit) * 10;
            unit = -1;
            lastWasZero = false;
            continue;
        case u'百':
            if (unit < 0)
                return -1;   // 百 alone is not a marker
            total += unit * 100;
            unit = -1;
            lastWasZero = false;
            continue;
        default:
            return -1;
        }
        if (unit >= 0 && !lastWasZero)
            return -1;       // 一一, 二三: two digits in a row
        unit = d;
        lastWasZero = d == 0;
    }
    if (unit > 0)
        total += unit;
    return total > 0 ? total : -1;
}

bool HeadingLexer::numberedAt(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out)
{
    if (pos >= lineEnd)
        return false;
    HeadingCandidate c;
    c.markerStart = pos;
    qsizetype i = pos;
    const QChar first = text[i];

    if (isOpenParen(first)) {
        i = skipSpaces(text, i + 1, lineEnd);
        const qsizetype digitsStart = i;
        if (i < lineEnd && isChineseDigit(text[i])) {
            while (i < lineEnd && isChineseDigit(text[i]) && i - digitsStart < maxChineseNumeralLength)
                ++i;
            c.kind = MarkerKind::ChineseParen;
            c.number = chineseNumber(text.mid(digitsStart, i - digitsStart));
        } else if (i < lineEnd && isAsciiOrWideDigit(text[i])) {
            int n = 0;
            while (i < lineEnd && isAsciiOrWideDigit(text[i]) && i - digitsStart < maxArabicNumeralLength)
                n = n * 10 + digitValue(text[i++]);
            c.kind = MarkerKind::ArabicParen;
            c.number = n;
        } else {
            return false;    // (试行), (以下简称…) and other parentheses
        }
        i = skipSpaces(text, i, lineEnd);
        if (i >= lineEnd || !isCloseParen(text[i]))
            return false;
        ++i;
    } else if (isChineseDigit(first)) {
        while (i < lineEnd && isChineseDigit(text[i]) && i - pos < maxChineseNumeralLength)
            ++i;
        c.number = chineseNumber(text.mid(pos, i - pos));
        i = skipSpaces(text, i, lineEnd);
        if (i >= lineEnd)
            return false;
        const QChar sep = text[i];
        if (sep != u'、' && sep != u'.' && sep != u'．')
            return false;
        ++i;
        c.kind = MarkerKind::ChineseComma;
        if (startsWithNumberList(text, skipSpaces(text, i, lineEnd), lineEnd))
            return false;
    } else if (isAsciiOrWideDigit(first)) {
        int n = 0;
        while (i < lineEnd && isAsciiOrWideDigit(text[i])) {
            if (i - pos >= maxArabicNumeralLength)
                return false;
            n = n * 10 + digitValue(text[i++]);
        }
        i = skipSpaces(text, i, lineEnd);
        if (i >= lineEnd)
            return false;
        const QChar sep = text[i];
        if (sep == u'.' || sep == u'．' || sep == u'、')
            c.kind = MarkerKind::ArabicDot;
        else if (isCloseParen(sep))
            c.kind = MarkerKind::ArabicHalfParen;
        else
            return false;
        ++i;
        if (i < lineEnd && isAsciiOrWideDigit(text[i]))
            return false;    // 1.5万, 2021.1.5, 1、2月
        c.number = n;
    } else if (first.unicode() >= 0x2460 && first.unicode() <= 0x2473) {   // ① … ⑳
        ++i;
        c.kind = MarkerKind::Circled;
        c.number = first.unicode() - 0x2460 + 1;
    } else {
        return false;
    }
    if (c.number <= 0)
        return false;
    c.markerLength = i - pos;
    c.titleStart = skipSpaces(text, i, lineEnd);
    *out = c;
    return true;
}

bool HeadingLexer::enumerationAt(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out)
{
    qsizetype i = pos;
    while (i < lineEnd && isChineseDigit(text[i]) && i - pos < maxChineseNumeralLength)
        ++i;
    if (i == pos || i >= lineEnd || text[i] != u'是')
        return false;
    const int n = chineseNumber(text.mid(pos, i - pos));
    if (n <= 0)
        return false;
    out->kind = MarkerKind::Enumeration;
    out->number = n;
    out->markerStart = pos;
    out->markerLength = i + 1 - pos;
    out->titleStart = skipSpaces(text, i + 1, lineEnd);
    return true;
}

bool HeadingLexer::unnumberedLine(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out,
                                  QString *title)
{
    const QStringView line = trimTitle(text.mid(pos, lineEnd - pos));
    if (line.isEmpty() || line.size() > maxUnnumberedLineLength)
        return false;
    QString compact;   // "结 束 语" as typeset with spaces
    compact.reserve(line.size());
    for (QChar c : line) {
        if (!isSpace(c))
            compact.append(c);
    }
    static const QStringView words[] = {u"引言", u"前言", u"序言", u"导言", u"结束语", u"结语", u"附件", u"附录", u"附表"};
    bool match = false;
    for (QStringView w : words) {
        if (compact == w) {
            match = true;
            break;
        }
        // 附件1, 附件二: numbered attachments
        if (w.startsWith(u'附') && compact.startsWith(w) && compact.size() <= w.size() + 2) {
            match = std::all_of(compact.cbegin() + w.size(), compact.cend(),
                                [](QChar c) { return isAsciiOrWideDigit(c) || isChineseDigit(c); });
            if (match)
                break;
        }
    }
    if (!match)
        return false;
    out->kind = MarkerKind::Unnumbered;
    out->number = 0;
    out->markerStart = line.data() - text.data();
    out->markerLength = 0;
    out->titleStart = out->markerStart;
    *title = line.toString();
    return true;
}

bool HeadingLexer::attachmentLabelAt(QStringView text, qsizetype pos, qsizetype lineEnd, qsizetype *afterLabel)
{
    if (pos + 2 > lineEnd || text[pos] != u'附')
        return false;
    const QChar second = text[pos + 1];
    if (second != u'件' && second != u'表' && second != u'录')
        return false;
    qsizetype i = pos + 2;
    while (i < lineEnd && i < pos + 5 && (isAsciiOrWideDigit(text[i]) || isChineseDigit(text[i])))
        ++i;
    i = skipSpaces(text, i, lineEnd);
    if (i < lineEnd && (text[i] == u'：' || text[i] == u':'))
        i = skipSpaces(text, i + 1, lineEnd);
    *afterLabel = i;
    return true;
}

QString HeadingLexer::headingTitle(QStringView text, qsizetype titleStart, qsizetype lineEnd)
{
    const qsizetype b = skipSpaces(text, titleStart, lineEnd);
    const qsizetype limit = std::min(lineEnd, b + maxSentenceScan);
    qsizetype e = b;
    while (e < limit && !endsSentence(text, e))
        ++e;
    // "(一)加强组织领导一是…二是…": the enumeration starts the body even without punctuation before it.
    // ("统一是" is a word, so 一是 only counts when 二是 follows.)
    constexpr qsizetype minTitle = 4;
    const QStringView scanned = text.mid(b, limit - b);
    const qsizetype first = scanned.left(e - b).indexOf(u"一是", minTitle);
    if (first > 0 && scanned.indexOf(u"二是", first + 2) > 0)
        e = b + first;
    QStringView sentence = trimTitle(text.mid(b, e - b));
    // A heading that has its line to itself is the writer's own title, even a long one; a long first
    // sentence with the paragraph running on behind it (or a line with no full stop at all) is cut.
    qsizetype after = e;
    while (after < lineEnd && (isSpace(text[after]) || endsSentence(text, after) || text[after] == u'”'
                               || text[after] == u'’' || isCloseParen(text[after])))
        ++after;
    const bool aloneOnLine = after >= lineEnd;
    const qsizetype keep = aloneOnLine ? maxLineTitleLength : maxTitleLength;
    if (sentence.size() > keep)
        sentence = trimTitle(sentence.left(runOnCut(sentence)));
    return sentence.toString();
}

bool HeadingLexer::standsAlone(QStringView text, qsizetype titleStart, qsizetype lineEnd)
{
    const QStringView title = trimTitle(text.mid(titleStart, lineEnd - titleStart));
    if (title.isEmpty() || title.size() > maxStandaloneLength)
        return false;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (endsSentence(title, i))
            return false;
    }
    return true;
}

QString HeadingLexer::enumerationTitle(QStringView text, qsizetype titleStart, qsizetype lineEnd)
{
    const qsizetype b = skipSpaces(text, titleStart, lineEnd);
    const qsizetype limit = std::min(lineEnd, b + maxEnumerationTitleLength);
    qsizetype e = b;
    while (e < limit && !endsSentence(text, e) && text[e] != u'，' && text[e] != u',')
        ++e;
    if (e == limit && e < lineEnd) {
        // No clause ends within the limit: stop after the last whole item of a 、 list if there is one.
        constexpr qsizetype minTitle = 8;
        for (qsizetype k = e - 1; k >= b + minTitle; --k) {
            if (text[k] == u'、') {
                e = k;
                break;
            }
        }
    }
    return trimTitle(text.mid(b, e - b)).toString();
}

} // namespace rl
