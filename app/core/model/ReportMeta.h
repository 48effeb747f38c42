#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rl {

// Level of the agency that wrote the report. Unknown stays Unknown: never guessed.
enum class AgencyLevel { Unknown, Province, City, District, County };

QString agencyLevelKey(AgencyLevel level);              // "province" … or empty for Unknown
AgencyLevel agencyLevelFromKey(const QString &key);     // inverse; Unknown for anything else

// What a report says about itself. Empty strings / nullopt / invalid date mean "the report does not say".
struct ReportMeta
{
    QString title;
    QString agency;      // full official name, e.g. 东莞市人力资源和社会保障局
    QString province;    // 广东省; a 直辖市 (上海市) is the province
    QString city;        // 东莞市; empty for a 直辖市
    QString district;    // 宝安区
    AgencyLevel level = AgencyLevel::Unknown;
    std::optional<int> year;   // the year the report covers
    QDate published;

    bool operator==(const ReportMeta &o) const
    {
        return title == o.title && agency == o.agency && province == o.province && city == o.city
            && district == o.district && level == o.level && year == o.year && published == o.published;
    }
    bool operator!=(const ReportMeta &o) const { return !(*this == o); }
};

} // namespace rl
