#include "model/Section.h"

namespace rl {

bool Section::operator==(const Section &other) const
{
    return level == other.level && marker == other.marker && title == other.title && start == other.start
        && end == other.end && children == other.children;
}

QStringList sectionPathAt(const Outline &outline, qsizetype offset)
{
    QStringList path;
    const Outline *level = &outline;
    bool descended = true;
    while (descended) {
        descended = false;
        for (const Section &s : *level) {
            if (offset >= s.start && offset < s.end) {
                path << s.label();
                level = &s.children;
                descended = true;
                break;
            }
        }
    }
    return path;
}

int sectionCount(const Outline &outline)
{
    int n = 0;
    for (const Section &s : outline)
        n += 1 + sectionCount(s.children);
    return n;
}

} // namespace rl
