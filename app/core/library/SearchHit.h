#pragma once

#include <QString>

#include <optional>

namespace rl {

// One report matching a full-text search, best first.
struct SearchHit
{
    qint64 reportId = -1;
    QString agency;
    std::optional<int> year;
    QString title;
    QString file;            // original path as imported
    QString snippet;         // text around the first hit, the hit itself unmarked
    qint64 offset = -1;      // of the first hit in the normalised text (UTF-16 code units)
    qint64 length = 0;       // of the hit (the query as matched)
    qint64 snippetOffset = -1;    // where `snippet` starts in the normalised text
    int hitCount = 0;        // occurrences of the query in the report
    double rank = 0;         // higher is better
};

} // namespace rl
