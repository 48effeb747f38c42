#pragma once

#include <QStringView>

#include <optional>

namespace rl {

// Chinese numerals as reports write counts: 一百二十, 两千, 三万五千, 十, 〇/零 placeholders.
class ChineseNumeral final
{
public:
    // True for every character that may occur in a numeral (digits and 十/百/千/万/亿).
    static bool isNumeralChar(char16_t c);
    // True for 〇/零/一…九/两 (not the multipliers).
    static bool isDigitChar(char16_t c);
    // Value of a whole numeral, or nothing when the text is not a well-formed numeral.
    static std::optional<double> parse(QStringView text);
};

} // namespace rl
