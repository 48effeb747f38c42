#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

namespace rl {

// The year a report covers: from its title ("2021年度法治政府建设…"), else from the opening sentence
// ("2021年,我局…", "现将我局2021年推进法治政府建设情况报告如下"), else the year the first part of the
// report names most often. Years inside 《》 and in ranges (2021-2025年) never count, and a later
// section's "2022年…存在问题的改进情况" cannot outvote the title. Unknown stays nullopt.
class ReportYearFinder final
{
public:
    static std::optional<int> fromTitle(QStringView title);
    static std::optional<int> fromOpening(const QStringList &paragraphs);
    // The most frequent year in the first part of TEXT, when it clearly leads; never after LATEST.
    static std::optional<int> mostFrequent(QStringView text, std::optional<int> latest);

    std::optional<int> find(QStringView title, const QStringList &openingParagraphs, QStringView text,
                            std::optional<int> publishedYear) const;
};

} // namespace rl
