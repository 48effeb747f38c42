#pragma once

#include <QString>

namespace rl {

// One figure as the text writes it, with what kind of figure it is.
struct NumberToken
{
    enum class Kind {
        Quantity,       // a count, amount or plain number: a candidate indicator value
        Percent,        // 97.4%, 百分之九十
        Year,           // 2020年, 〔2019〕, 2019-2021
        Date,           // 12月31日, 2021-01-27, 12·4
        DocumentNumber, // 36号
        Rank,           // 第一, 第3名
        Ratio,          // 1.3比1, 3:1
        Fraction,       // 1/3
        Enumeration,    // 1. / (1) / 一、 list markers
        PercentPoints,  // 下降2个百分点
        Change,         // 同比增长12%, 降幅达90%, 减少170件: a difference, not a level
        Quoted,         // inside “…” or 《…》: part of a name such as “1+4”
        Identifier,     // digits glued to Latin letters (SY0024…, A3)
    };

    Kind kind = Kind::Quantity;
    double value = 0;      // 万/亿 applied; percentages as written (97.4)
    QString unit;          // measure word as written without 万/亿: 件, 人次, 元, %; empty when none
    bool approx = false;   // hedged: 约/近/超过/逾 before, 余/多/以上/左右 after
    bool chinese = false;  // written in Chinese numerals
    qsizetype hedgeStart = 0; // where a leading hedge begins (== start without one)
    qsizetype start = 0;   // first character of the figure itself
    qsizetype numberEnd = 0; // after the digits (and 万/亿)
    qsizetype end = 0;     // after the unit and any trailing hedge

    bool isValue() const { return kind == Kind::Quantity || kind == Kind::Percent; }
};

} // namespace rl
