#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rl {

// The lines metadata lives in: the first and the last non-empty lines of a report, without spaces
// (titles and signatures never need them, and unnormalised text may carry "2021 年") except one
// between two Latin letters or digits ("2021-01-27 11:08"). Only these
// lines are copied, so a large report costs no more than a small one.
struct ReportLines
{
    QStringList head;   // first non-empty lines, in order
    QStringList tail;   // last non-empty lines, in order (in a short report they overlap the head)

    static ReportLines of(QStringView text, int headCount = 40, int tailCount = 12);
    static QString compact(QStringView line);   // as above, capped to a sane length
    // True when compact(line) certainly has more than `n` characters, found without building it
    // (looks at about n characters of a long paragraph); false when it may not.
    static bool compactsLongerThan(QStringView line, qsizetype n);
    // Whether `line` contains the two-character word `first``second`: a vectorised search for the
    // second character; QString::contains() with a string needle showed on the profile for pre-checks.
    static bool containsWord(QStringView line, char16_t first, char16_t second)
    {
        for (qsizetype i = line.indexOf(QChar(second), 1); i > 0; i = line.indexOf(QChar(second), i + 1)) {
            if (line[i - 1] == QChar(first))
                return true;
        }
        return false;
    }
};

} // namespace rl
