#include "model/Section.h"

namespace rl {

bool Section::operator==(const Section &other) const
{
    return level == other.level && marker == other.marker && title == other.title && start == other.start
        && end == other.end && children == other.children;
}

namespace {

// Walks from the top to the deepest section containing `offset`, calling visit() on each.
template<typename Visit>
void descend(const Outline &outline, qsizetype offset, Visit visit)
{
    const Outline *level = &outline;
    for (bool descended = true; descended;) {
        descended = false;
        for (const Section &s : *level) {
            if (offset >= s.start && offset < s.end) {
                visit(s);
                level = &s.children;
                descended = true;
                break;
            }
        }
    }
}

} // namespace

QStringList sectionPathAt(const Outline &outline, qsizetype offset)
{
    QStringList path;
    descend(outline, offset, [&](const Section &s) { path << s.label(); });
    return path;
}

const Section *innermostSectionAt(const Outline &outline, qsizetype offset)
{
    const Section *inner = nullptr;
    descend(outline, offset, [&](const Section &s) { inner = &s; });
    return inner;
}

int sectionCount(const Outline &outline)
{
    int n = 0;
    for (const Section &s : outline)
        n += 1 + sectionCount(s.children);
    return n;
}

} // namespace rl
