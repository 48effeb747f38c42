#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rl {

class AgencyNameFinder;
struct ReportLines;

// The date a report was published, from (in this order) a labelled date near the top
// (时间:2021-01-27, 发布时间 | 2022-01-30; 发布 before a bare 时间 before 成文), the container's date
// hint, a dated signature at the end (agency line + 2023年12月26日), a dated signature of a cover
// letter near the top, and last a loose dateline above the body ("政策法规科 2023-12-29").
class PublicationDateFinder final
{
public:
    explicit PublicationDateFinder(const AgencyNameFinder &agencies);

    QDate find(const ReportLines &lines, const QString &publishedHint) const;

    // The first date in S: 2021-01-27, 2021/1/27, 2021.1.27, 2021年1月27日 or 二〇二一年一月二十七日.
    // Invalid dates (2021-13-40) are skipped.
    static QDate firstDate(QStringView s, qsizetype *matchLength = nullptr, qsizetype *matchStart = nullptr);
    // True when S (without spaces) is a date and nothing else.
    static bool isDateLine(QStringView s);
    // Where a date that ends LINE starts ("X局2023年12月6日" → 3), or -1.
    static qsizetype trailingDate(QStringView line);

private:
    const AgencyNameFinder &m_agencies;
};

} // namespace rl
