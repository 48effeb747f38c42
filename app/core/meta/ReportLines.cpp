#include "meta/ReportLines.h"

namespace rl {

namespace {
constexpr qsizetype kMaxLineLength = 1500;   // enough for an opening paragraph's first sentences
}

QString ReportLines::compact(QStringView line)
{
    line = line.left(kMaxLineLength);
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (QChar c : line) {
        // U+3000 (ideographic space), NBSP and a stray BOM are spaces too.
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0xfeff)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        // A space between two Latin letters or digits separates words ("2021-01-27 11:08"): keep one.
        if (pendingSpace && c.unicode() < 0x80 && c.isLetterOrNumber() && out.back().unicode() < 0x80
            && out.back().isLetterOrNumber())
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

ReportLines ReportLines::of(QStringView text, int headCount, int tailCount)
{
    ReportLines lines;
    qsizetype pos = 0;
    while (pos < text.size() && lines.head.size() < headCount) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        const QString line = compact(text.mid(pos, nl - pos));
        if (!line.isEmpty())
            lines.head.append(line);
        pos = nl + 1;
    }
    // The tail is read backwards; in a short report it overlaps the head.
    qsizetype end = text.size();
    QStringList reversed;
    while (end > 0 && reversed.size() < tailCount) {
        const qsizetype nl = text.lastIndexOf(u'\n', end - 1);
        const QString line = compact(text.mid(nl + 1, end - nl - 1));
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
