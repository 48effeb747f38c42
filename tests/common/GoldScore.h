#pragma once

#include "model/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rl::test {

// The figures ../shared/tools/score.py prints, computed the same way in C++ so a Qt Test can assert them.
struct GoldScore
{
    int metadataRight = 0, metadataTotal = 0;
    int outlineRight = 0, outlineTotal = 0;
    int found = 0, required = 0;      // recall = found / required
    int right = 0, reported = 0;      // precision = right / reported (derived figures not counted)
    QStringList misses;               // one line per miss, as score.py --verbose prints them

    double recall() const { return required ? double(found) / required : 1.0; }
    double precision() const { return reported ? double(right) / reported : 0.0; }
    QString summary() const;
};

// Heading family of a marker as the gold counts it: "一、", "(一)", "1.", "(1)" or empty.
QString markerFamily(const QString &marker);

// Scores reports (matched to the gold by file base name). Returns an empty score with a miss line
// when the gold file cannot be read.
GoldScore scoreAgainstGold(const QString &goldPath, const QList<Report> &reports);

} // namespace rl::test
