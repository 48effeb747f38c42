#include "extract/NumberScanner.h"

#include "extract/ChineseNumeral.h"

#include <algorithm>
#include <cmath>

namespace rl {

namespace {

inline bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
inline bool isWideDigit(char16_t c) { return c >= 0xFF10 && c <= 0xFF19; }
inline bool isDigit(char16_t c) { return isAsciiDigit(c) || isWideDigit(c); }
inline int digitOf(char16_t c) { return isAsciiDigit(c) ? c - u'0' : c - 0xFF10; }
inline bool isLatin(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xFF21 && c <= 0xFF3A)
        || (c >= 0xFF41 && c <= 0xFF5A);
}
inline bool isSpace(char16_t c) { return c == u' ' || c == 0x3000 || c == 0xA0 || c == u'\t'; }
inline bool isComma(char16_t c) { return c == u',' || c == u'，'; }
inline bool isPoint(char16_t c) { return c == u'.' || c == u'．'; }
inline bool isDash(char16_t c)
{
    return c == u'-' || c == u'–' || c == u'—' || c == u'~' || c == u'～' || c == u'－';
}
inline bool opensQuote(char16_t c) { return c == u'“' || c == u'《' || c == u'「' || c == u'『'; }
inline bool closesQuote(char16_t c) { return c == u'”' || c == u'》' || c == u'」' || c == u'』'; }

inline char16_t at(QStringView t, qsizetype i) { return i >= 0 && i < t.size() ? t[i].unicode() : 0; }

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i].unicode()))
        ++i;
    return i;
}

qsizetype skipSpacesBack(QStringView t, qsizetype i)   // i is an end (exclusive)
{
    while (i > 0 && isSpace(t[i - 1].unicode()))
        --i;
    return i;
}

bool endsWithAt(QStringView t, qsizetype end, QStringView word)
{
    if (end < word.size())
        return false;
    // Last characters first, inline: most words differ there and the full compare is a call.
    if (!word.isEmpty() && (end > t.size() || t[end - 1] != word.back()))
        return false;
    return t.mid(end - word.size(), word.size()) == word;
}

// Digits [thousands groups] [.decimals] from i; returns the end and the value.
qsizetype parseArabic(QStringView t, qsizetype i, double *value, int *intDigits, bool *hasDecimals, int *decimalCount = nullptr)
{
    const qsizetype n = t.size();
    qsizetype j = i;
    double v = 0;
    int digits = 0;
    while (j < n && isDigit(t[j].unicode())) {
        v = v * 10 + digitOf(t[j].unicode());
        ++j;
        ++digits;
    }
    // 32,014 / 1,234,567: groups of exactly three digits after a lead of one to three.
    if (digits <= 3) {
        while (isComma(at(t, j)) && isDigit(at(t, j + 1)) && isDigit(at(t, j + 2))
               && isDigit(at(t, j + 3)) && !isDigit(at(t, j + 4))) {
            v = v * 1000 + digitOf(at(t, j + 1)) * 100 + digitOf(at(t, j + 2)) * 10 + digitOf(at(t, j + 3));
            digits += 3;
            j += 4;
        }
    }
    bool decimals = false;
    int count = 0;
    if (isPoint(at(t, j)) && isDigit(at(t, j + 1))) {
        decimals = true;
        ++j;
        // Accumulate the decimals as an integer and divide once: 97.4 stays 97.4, not 97.40000000000001.
        double fraction = 0;
        while (j < n && isDigit(t[j].unicode())) {
            if (count < 9) {
                fraction = fraction * 10 + digitOf(t[j].unicode());
                ++count;
            }
            ++j;
        }
        v = (v * std::pow(10.0, count) + fraction) / std::pow(10.0, count);
    }
    if (decimalCount)
        *decimalCount = count;
    *value = v;
    *intDigits = digits;
    *hasDecimals = decimals;
    return j;
}

bool isYearValue(double v, bool decimals)
{
    return !decimals && v >= 1900 && v <= 2100;
}

// Characters the main loop must look at; everything else is skipped with one table lookup.
const std::vector<uint8_t> &interestingChars()
{
    static const std::vector<uint8_t> table = [] {
        std::vector<uint8_t> t(0x10000, 0);
        for (char16_t c = u'0'; c <= u'9'; ++c)
            t[c] = 1;
        for (char16_t c = 0xFF10; c <= 0xFF19; ++c)
            t[c] = 1;
        for (char16_t c : {u'\n', u'“', u'”', u'《', u'》', u'「', u'」', u'『', u'』'})
            t[c] = 1;
        for (char16_t c : {u'〇', u'零', u'一', u'二', u'两', u'三', u'四', u'五', u'六', u'七', u'八', u'九', u'十',
                           u'百', u'千', u'万', u'亿'})
            t[c] = 1;
        return t;
    }();
    return table;
}

} // namespace

NumberScanner::Vocabulary NumberScanner::Vocabulary::defaults()
{
    Vocabulary v;
    v.units = {QStringLiteral("人次"), QStringLiteral("场次"), QStringLiteral("家次"), QStringLiteral("户次"), QStringLiteral("个百分点"), QStringLiteral("百分点"), QStringLiteral("年度"),
               QStringLiteral("件"), QStringLiteral("宗"), QStringLiteral("起"), QStringLiteral("份"), QStringLiteral("个"), QStringLiteral("项"), QStringLiteral("部"), QStringLiteral("条"), QStringLiteral("户"),
               QStringLiteral("家"), QStringLiteral("场"), QStringLiteral("次"), QStringLiteral("期"), QStringLiteral("人"), QStringLiteral("名"), QStringLiteral("位"), QStringLiteral("元"), QStringLiteral("年"),
               QStringLiteral("月"), QStringLiteral("日"), QStringLiteral("号"), QStringLiteral("天"), QStringLiteral("倍"), QStringLiteral("册"), QStringLiteral("则"), QStringLiteral("处"), QStringLiteral("张"),
               QStringLiteral("所"), QStringLiteral("批"), QStringLiteral("篇"), QStringLiteral("例"), QStringLiteral("类"), QStringLiteral("届")};
    v.hedgesBefore = {QStringLiteral("超过"), QStringLiteral("大约"), QStringLiteral("将近"), QStringLiteral("接近"), QStringLiteral("多达"), QStringLiteral("不少于"), QStringLiteral("不低于"),
                      QStringLiteral("至少"), QStringLiteral("约"), QStringLiteral("近"), QStringLiteral("逾"), QStringLiteral("超")};
    v.hedgesAfter = {QStringLiteral("以上"), QStringLiteral("左右"), QStringLiteral("多"), QStringLiteral("余")};
    v.changeWords = {QStringLiteral("增长"), QStringLiteral("增加"), QStringLiteral("减少"), QStringLiteral("下降"), QStringLiteral("上升"), QStringLiteral("提高"), QStringLiteral("降低"),
                     QStringLiteral("提升"), QStringLiteral("增幅"), QStringLiteral("降幅"), QStringLiteral("减幅"), QStringLiteral("涨幅"), QStringLiteral("缩减"), QStringLiteral("缩短"),
                     QStringLiteral("压缩"), QStringLiteral("增长率"), QStringLiteral("下降率"), QStringLiteral("增多"), QStringLiteral("减少率"), QStringLiteral("多出")};
    return v;
}

NumberScanner::NumberScanner()
    : NumberScanner(Vocabulary::defaults())
{
}

NumberScanner::NumberScanner(Vocabulary vocabulary)
    : m_vocabulary(std::move(vocabulary))
{
    // Longest first so 人次 wins over 人, 个百分点 over 个.
    auto byLength = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::stable_sort(m_vocabulary.units.begin(), m_vocabulary.units.end(), byLength);
    std::stable_sort(m_vocabulary.hedgesBefore.begin(), m_vocabulary.hedgesBefore.end(), byLength);
    std::stable_sort(m_vocabulary.hedgesAfter.begin(), m_vocabulary.hedgesAfter.end(), byLength);
    for (const QString &u : std::as_const(m_vocabulary.units)) {
        m_maxUnitLength = std::max(m_maxUnitLength, int(u.size()));
        if (!u.isEmpty())
            m_unitFirstChars.set(u.front().unicode());
    }
}

qsizetype NumberScanner::matchUnit(QStringView text, qsizetype at, QString *unit) const
{
    if (at >= text.size() || !m_unitFirstChars.test(text[at].unicode()))
        return at;
    const QChar first = text[at];
    for (const QString &u : m_vocabulary.units) {
        // First character inline: the full compare is an out-of-line call per unit.
        if (!u.isEmpty() && u.front() != first)
            continue;
        if (text.mid(at, u.size()) == QStringView(u)) {
            *unit = u;
            return at + u.size();
        }
    }
    return at;
}

bool NumberScanner::isHedgeBefore(QStringView text, qsizetype at, qsizetype *hedgeStart) const
{
    const qsizetype end = skipSpacesBack(text, at);
    for (const QString &h : m_vocabulary.hedgesBefore) {
        if (endsWithAt(text, end, h)) {
            *hedgeStart = end - h.size();
            return true;
        }
    }
    *hedgeStart = at;
    return false;
}

bool NumberScanner::isChange(QStringView text, qsizetype hedgeStart) const
{
    qsizetype end = skipSpacesBack(text, hedgeStart);
    bool rateWord = false;
    // 增长了12%, 降幅达90%, 增幅为5%: strip the linking word, then look for the change word.
    for (QStringView link : {QStringView(u"达到"), QStringView(u"了"), QStringView(u"达"), QStringView(u"为")}) {
        if (endsWithAt(text, end, link)) {
            rateWord = link == QStringView(u"为");
            end -= link.size();
            break;
        }
    }
    end = skipSpacesBack(text, end);
    for (const QString &w : m_vocabulary.changeWords) {
        if (endsWithAt(text, end, w)) {
            // 下降为5件 is the new level; 降幅为5% is a change.
            if (rateWord && !(w.endsWith(u'幅') || w.endsWith(u'率')))
                return false;
            return true;
        }
    }
    return false;
}

std::vector<NumberToken> NumberScanner::scan(QStringView text) const
{
    std::vector<NumberToken> out;
    const qsizetype n = text.size();
    int quoteDepth = 0;
    qsizetype lineStart = 0;

    auto finish = [&](NumberToken &tok, qsizetype k) {
        // Trailing hedge after the unit: 90%以上, 2万个左右.
        for (const QString &h : m_vocabulary.hedgesAfter) {
            if (h.size() > 1 && text.mid(k, h.size()) == QStringView(h)) {
                tok.approx = true;
                k += h.size();
                break;
            }
        }
        tok.end = k;
        qsizetype hs = tok.start;
        if (isHedgeBefore(text, tok.start, &hs))
            tok.approx = true;
        tok.hedgeStart = hs;
        const qsizetype before = skipSpacesBack(text, tok.start);
        const char16_t prev = at(text, before - 1);
        if (prev == u'第')
            tok.kind = NumberToken::Kind::Rank;
        else if (quoteDepth > 0)
            tok.kind = NumberToken::Kind::Quoted;
        else if (tok.isValue() && isChange(text, hs))
            tok.kind = NumberToken::Kind::Change;
        out.push_back(tok);
        return k;
    };

    const uint8_t *interesting = interestingChars().data();
    const char16_t *p = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        if (!interesting[p[i]]) {
            ++i;
            continue;
        }
        const char16_t c = p[i];
        if (c == u'\n') {
            quoteDepth = 0;   // a quotation never spans paragraphs; an unbalanced one must not stick
            lineStart = i + 1;
            ++i;
            continue;
        }
        if (opensQuote(c)) {
            ++quoteDepth;
            ++i;
            continue;
        }
        if (closesQuote(c)) {
            if (quoteDepth > 0)
                --quoteDepth;
            ++i;
            continue;
        }

        if (isDigit(c)) {
            const qsizetype start = i;
            // Digits glued to Latin letters are codes (SY0024…, 5G), not figures.
            if (isLatin(at(text, start - 1))) {
                qsizetype j = start;
                while (j < n && (isDigit(text[j].unicode()) || isLatin(text[j].unicode())))
                    ++j;
                NumberToken tok;
                tok.kind = NumberToken::Kind::Identifier;
                tok.start = tok.hedgeStart = start;
                tok.numberEnd = tok.end = j;
                out.push_back(tok);
                i = j;
                continue;
            }
            double v = 0;
            int intDigits = 0;
            bool decimals = false;
            int decimalCount = 0;
            qsizetype j = parseArabic(text, start, &v, &intDigits, &decimals, &decimalCount);
            NumberToken tok;
            tok.start = start;
            tok.value = v;
            if (isLatin(at(text, j))) {
                while (j < n && (isDigit(text[j].unicode()) || isLatin(text[j].unicode())))
                    ++j;
                tok.kind = NumberToken::Kind::Identifier;
                tok.hedgeStart = start;
                tok.numberEnd = tok.end = j;
                out.push_back(tok);
                i = j;
                continue;
            }
            qsizetype k = skipSpaces(text, j);
            const char16_t next = at(text, k);
            // Ranges and dates: 2019-2021, 2021-01-27, 12·4, 11:08, 1/3, 1.3比1.
            if ((isDash(next) || next == u'·' || next == u':' || next == u'∶' || next == u'/' || next == u'比')
                && (isDigit(at(text, skipSpaces(text, k + 1)))
                    || (next == u'比' && ChineseNumeral::isDigitChar(at(text, k + 1))))) {
                qsizetype m = skipSpaces(text, k + 1);
                while (m < n && (isDigit(text[m].unicode()) || isPoint(text[m].unicode())
                                 || ChineseNumeral::isDigitChar(text[m].unicode())))
                    ++m;
                if (isDash(next))
                    tok.kind = isYearValue(v, decimals) && !isDash(at(text, m)) ? NumberToken::Kind::Year
                                                                               : NumberToken::Kind::Date;
                else if (next == u'·')
                    tok.kind = NumberToken::Kind::Date;
                else if (next == u'/')
                    tok.kind = NumberToken::Kind::Fraction;
                else
                    tok.kind = NumberToken::Kind::Ratio;
                while (isDash(at(text, m)) && isDigit(at(text, m + 1))) {   // the rest of 2021-01-27
                    ++m;
                    while (m < n && isDigit(text[m].unicode()))
                        ++m;
                }
                tok.hedgeStart = start;
                tok.numberEnd = m;
                QString unit;
                const qsizetype u = matchUnit(text, skipSpaces(text, m), &unit);
                tok.unit = unit;
                tok.end = unit.isEmpty() ? m : u;
                out.push_back(tok);
                i = tok.end;
                continue;
            }
            // 万/亿 (and 余 on either side of them): 3703.5万元, 10余万元, 3600万余元.
            k = j;
            bool hedged = false;
            if (at(text, k) == u'余') {
                hedged = true;
                ++k;
            }
            if (at(text, k) == u'万' || at(text, k) == u'亿') {
                int exponent = at(text, k) == u'万' ? 4 : 8;
                ++k;
                if (at(text, k) == u'亿') {   // 万亿
                    exponent += 8;
                    ++k;
                }
                // 2.3亿 is 230000000 exactly: scale the digits, not the rounded double.
                const double scaled = tok.value * std::pow(10.0, decimalCount);
                tok.value = std::round(scaled) * std::pow(10.0, exponent - decimalCount);
                if (exponent < decimalCount)
                    tok.value = std::round(scaled) / std::pow(10.0, decimalCount - exponent);
            }
            tok.numberEnd = k;
            if (at(text, k) == u'余' || at(text, k) == u'多') {
                // 多 is a hedge only when a unit or 万 follows (2438多条), not in 3多措并举.
                QString probe;
                if (at(text, k) == u'余' || matchUnit(text, k + 1, &probe) > k + 1) {
                    hedged = true;
                    ++k;
                }
            }
            k = skipSpaces(text, k);
            tok.approx = hedged;
            if (at(text, k) == u'%' || at(text, k) == u'％') {
                tok.kind = NumberToken::Kind::Percent;
                tok.unit = QStringLiteral("%");
                ++k;
            } else {
                QString unit;
                const qsizetype u = matchUnit(text, k, &unit);
                if (!unit.isEmpty()) {
                    tok.unit = unit;
                    k = u;
                } else {
                    k = tok.numberEnd;
                }
            }
            // What the unit and the surroundings say the number is.
            const char16_t prev = at(text, skipSpacesBack(text, start) - 1);
            const char16_t after = at(text, tok.numberEnd);
            if ((prev == u'〔' || prev == u'[' || prev == u'【' || prev == u'(') && (after == u'〕' || after == u']' || after == u'】')
                && isYearValue(v, decimals)) {
                tok.kind = NumberToken::Kind::Year;
            } else if (tok.unit == u"年" || tok.unit == u"年度") {
                if (isYearValue(v, decimals))
                    tok.kind = NumberToken::Kind::Year;
            } else if (tok.unit == u"月" || tok.unit == u"日") {
                tok.kind = NumberToken::Kind::Date;
            } else if (tok.unit == u"号") {
                tok.kind = NumberToken::Kind::DocumentNumber;
            } else if (tok.unit == u"个百分点" || tok.unit == u"百分点") {
                tok.kind = NumberToken::Kind::PercentPoints;
            } else if (tok.unit.isEmpty() && tok.kind == NumberToken::Kind::Quantity) {
                const bool atLineStart = skipSpacesBack(text, start) <= lineStart;
                if (atLineStart && !decimals && (after == u'.' || after == u'、' || after == u'．' || after == u')'))
                    tok.kind = NumberToken::Kind::Enumeration;
                else if (prev == u'(' && after == u')')
                    tok.kind = NumberToken::Kind::Enumeration;
                else if (intDigits == 4 && isYearValue(v, decimals) && tok.numberEnd == j)
                    tok.kind = NumberToken::Kind::Year;
            }
            i = finish(tok, k);
            continue;
        }

        // 百分之九十 / 百分之97.4 / 百分百 / 百分之百
        if (c == u'百' && (text.mid(i, 3) == QStringView(u"百分百") || text.mid(i, 4) == QStringView(u"百分之百"))) {
            const qsizetype length = text.mid(i, 4) == QStringView(u"百分之百") ? 4 : 3;
            NumberToken tok;
            tok.kind = NumberToken::Kind::Percent;
            tok.unit = QStringLiteral("%");
            tok.value = 100;
            tok.chinese = true;
            tok.start = i;
            tok.numberEnd = i + length;
            i = finish(tok, i + length);
            continue;
        }

        if (c == u'百' && text.mid(i, 3) == QStringView(u"百分之")) {
            const qsizetype j = i + 3;
            if (isDigit(at(text, j))) {
                double v = 0;
                int d = 0;
                bool dec = false;
                const qsizetype e = parseArabic(text, j, &v, &d, &dec);
                NumberToken tok;
                tok.kind = NumberToken::Kind::Percent;
                tok.unit = QStringLiteral("%");
                tok.value = v;
                tok.start = i;
                tok.numberEnd = e;
                i = finish(tok, e);
                continue;
            }
            qsizetype e = j;
            while (e < n && ChineseNumeral::isNumeralChar(text[e].unicode()))
                ++e;
            if (const auto v = ChineseNumeral::parse(text.mid(j, e - j))) {
                NumberToken tok;
                tok.kind = NumberToken::Kind::Percent;
                tok.unit = QStringLiteral("%");
                tok.value = *v;
                tok.chinese = true;
                tok.start = i;
                tok.numberEnd = e;
                i = finish(tok, e);
                continue;
            }
            i = j;
            continue;
        }
        if (ChineseNumeral::isNumeralChar(c)) {
            const qsizetype start = i;
            qsizetype j = i;
            while (j < n && ChineseNumeral::isNumeralChar(text[j].unicode()))
                ++j;
            const auto v = ChineseNumeral::parse(text.mid(start, j - start));
            if (!v) {
                i = j;
                continue;
            }
            // A Chinese numeral counts only when a measure word follows: 一百二十件, 十余次, 两千人.
            qsizetype k = j;
            bool hedged = false;
            if (at(text, k) == u'余' || at(text, k) == u'多') {
                hedged = true;
                ++k;
            }
            QString unit;
            const qsizetype u = matchUnit(text, k, &unit);
            // 一起 (together), 一致, 一道 …: 一 before 起 is a word, not one case.
            if (unit.isEmpty() || (j - start == 1 && c == u'一' && unit == u"起")) {
                i = j;
                continue;
            }
            NumberToken tok;
            tok.chinese = true;
            tok.value = *v;
            tok.unit = unit;
            tok.approx = hedged;
            tok.start = start;
            tok.numberEnd = j;
            if (unit == u"年" || unit == u"月" || unit == u"日")
                tok.kind = unit == u"年" ? NumberToken::Kind::Quantity : NumberToken::Kind::Date;
            else if (unit == u"个百分点" || unit == u"百分点")
                tok.kind = NumberToken::Kind::PercentPoints;
            i = finish(tok, u);
            continue;
        }
        ++i;
    }
    return out;
}

QList<NumberToken> NumberScanner::values(QStringView text) const
{
    QList<NumberToken> out;
    for (const NumberToken &t : scan(text)) {
        if (t.isValue())
            out << t;
    }
    return out;
}

} // namespace rl
