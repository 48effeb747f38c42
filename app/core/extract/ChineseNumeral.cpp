#include "extract/ChineseNumeral.h"

namespace rl {

namespace {

int digitValue(char16_t c)
{
    switch (c) {
    case u'〇': case u'零': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

int smallUnit(char16_t c)
{
    switch (c) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    default: return 0;
    }
}

} // namespace

bool ChineseNumeral::isDigitChar(char16_t c)
{
    return digitValue(c) >= 0;
}

bool ChineseNumeral::isNumeralChar(char16_t c)
{
    return digitValue(c) >= 0 || smallUnit(c) > 0 || c == u'万' || c == u'亿';
}

std::optional<double> ChineseNumeral::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    // total = finished 亿/万 groups; section = the part below 万; digit = pending digit.
    double total = 0;
    double section = 0;
    int digit = -1;
    bool any = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        const int d = digitValue(c);
        if (d >= 0) {
            if (digit > 0)       // two digits in a row (一二) is not a numeral
                return std::nullopt;
            digit = d;
            any = true;
            continue;
        }
        const int u = smallUnit(c);
        if (u > 0) {
            // 十 alone at the start of a group means 一十.
            section += (digit < 0 ? (u == 10 ? 1 : -1) : digit) * double(u);
            if (digit < 0 && u != 10)
                return std::nullopt;   // 百/千 need a digit in front
            digit = -1;
            any = true;
            continue;
        }
        if (c == u'万' || c == u'亿') {
            if (!any)
                return std::nullopt;
            const double group = section + (digit > 0 ? digit : 0);
            if (c == u'万')
                total += group * 1e4;
            else
                total = (total + group) * 1e8;
            section = 0;
            digit = -1;
            continue;
        }
        return std::nullopt;
    }
    if (!any)
        return std::nullopt;
    return total + section + (digit > 0 ? digit : 0);
}

} // namespace rl
