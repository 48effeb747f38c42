#pragma once

#include "extract/NumberToken.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <vector>

namespace rl {

// One hand-written pass over the text that finds every figure (Arabic, full-width, Chinese, with
// thousands separators, decimals, 万/亿, %) and classifies it, so the extractor only looks at
// quantities and percentages and never mistakes a year, date, document number, rank, ratio or a
// change (同比增长12%) for an indicator value.
class NumberScanner final
{
public:
    struct Vocabulary
    {
        QStringList units;          // measure words that may follow a number
        QStringList hedgesBefore;   // 约, 近, 超过, 逾 …
        QStringList hedgesAfter;    // 以上, 左右 (after the unit)
        QStringList changeWords;    // 增长, 下降, 降幅 …: a number right after one is a change
        static Vocabulary defaults();
    };

    NumberScanner();
    explicit NumberScanner(Vocabulary vocabulary);

    std::vector<NumberToken> scan(QStringView text) const;
    // Convenience for tests: the value-bearing tokens only.
    QList<NumberToken> values(QStringView text) const;

private:
    qsizetype matchUnit(QStringView text, qsizetype at, QString *unit) const;
    bool isHedgeBefore(QStringView text, qsizetype at, qsizetype *hedgeStart) const;
    bool isChange(QStringView text, qsizetype hedgeStart) const;

    Vocabulary m_vocabulary;
    int m_maxUnitLength = 1;
    std::bitset<0x10000> m_unitFirstChars;   // a bit test per number, not a hash lookup
};

} // namespace rl
