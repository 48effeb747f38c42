#include "meta/ReportLines.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace rl {

namespace {

constexpr qsizetype kMaxLineLength = 1500;   // enough for an opening paragraph's first sentences

// QChar::isSpace() calls out of line for every non-ASCII character, and report lines are mostly
// CJK: this inline test (Unicode White_Space plus a stray BOM) keeps compact() off the profile.
inline bool isSpaceLike(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    if (c < 0x2000)
        return c == 0x85 || c == 0xa0 || c == 0x1680;
    if (c > 0x3000)
        return c == 0xfeff;   // CJK text: one test instead of six
    return c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

inline bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString ReportLines::compact(QStringView line)
{
    line = line.left(kMaxLineLength);
    QString out(line.size(), Qt::Uninitialized);
    char16_t *begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *w = begin;
    bool pendingSpace = false;
    for (const QChar qc : line) {
        const char16_t c = qc.unicode();
        if (isSpaceLike(c)) {
            pendingSpace = w != begin;
            continue;
        }
        // A space between two Latin letters or digits separates words ("2021-01-27 11:08"): keep one.
        if (pendingSpace && isAsciiAlnum(c) && isAsciiAlnum(w[-1]))
            *w++ = u' ';
        pendingSpace = false;
        *w++ = c;
    }
    out.truncate(w - begin);
    return out;
}

bool ReportLines::compactsLongerThan(QStringView line, qsizetype n)
{
    // compact() keeps every character that is not a space (and adds at most one space back
    // between words), so more than n of them is enough.
    qsizetype kept = 0;
    for (const QChar qc : line.left(kMaxLineLength)) {
        if (!isSpaceLike(qc.unicode()) && ++kept > n)
            return true;
    }
    return false;
}

ReportLines ReportLines::of(QStringView text, int headCount, int tailCount)
{
    ReportLines lines;
    // In a short report the tail lines are head lines again: compacted once, found by their start.
    std::vector<std::pair<qsizetype, QString>> headByStart;
    qsizetype pos = 0;
    while (pos < text.size() && lines.head.size() < headCount) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        const QString line = compact(text.mid(pos, nl - pos));
        headByStart.emplace_back(pos, line);
        if (!line.isEmpty())
            lines.head.append(line);
        pos = nl + 1;
    }
    // The tail is read backwards; in a short report it overlaps the head.
    qsizetype end = text.size();
    QStringList reversed;
    while (end > 0 && reversed.size() < tailCount) {
        const qsizetype nl = text.lastIndexOf(u'\n', end - 1);
        const qsizetype start = nl + 1;
        const auto known = std::lower_bound(headByStart.cbegin(), headByStart.cend(), start,
                                            [](const auto &entry, qsizetype s) { return entry.first < s; });
        const QString line = known != headByStart.cend() && known->first == start
            ? known->second
            : compact(text.mid(start, end - start));
        if (!line.isEmpty())
            reversed.append(line);
        if (nl < 0)
            break;
        end = nl;
    }
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        lines.tail.append(*it);
    return lines;
}

} // namespace rl
