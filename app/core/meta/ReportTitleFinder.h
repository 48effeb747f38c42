#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rl {

class AgencyNameFinder;

// The report's own title: the container's title when it names a report, else the first title-like line
// near the top (mentions 报告 and a year or 法治, no sentence). A cover letter "关于报送《X》的报告" gives X.
class ReportTitleFinder final
{
public:
    explicit ReportTitleFinder(const AgencyNameFinder &agencies);

    // HEAD: the first non-empty lines without spaces (ReportLines::head). *LINE gets the index of the
    // line the title came from, -1 when it came from the hint or nowhere.
    QString find(const QStringList &head, const QString &titleHint, int *line = nullptr) const;

    static bool isTitleLike(QStringView line);

private:
    const AgencyNameFinder &m_agencies;
};

} // namespace rl
