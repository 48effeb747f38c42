#include "compare/AgencyOrder.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace rl {

namespace {

QCollator pinyinCollator()
{
    // ICU's default collation for zh_CN is pinyin; numeric mode keeps "第2" before "第10".
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    return collator;
}

} // namespace

void sortAgencies(QList<ComparisonAgency> &agencies)
{
    const QCollator collator = pinyinCollator();
    std::stable_sort(agencies.begin(), agencies.end(), [&](const ComparisonAgency &a, const ComparisonAgency &b) {
        return collator.compare(a.name, b.name) < 0;
    });
}

void sortAgencyNames(QStringList &names)
{
    const QCollator collator = pinyinCollator();
    std::stable_sort(names.begin(), names.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

QString shortAgencyName(const QString &agency)
{
    // The department part of a bureau's name, longest first; what remains is the place.
    static const QStringList suffixes = {
        QStringLiteral("人力资源和社会保障局"), QStringLiteral("人力资源和社会保障厅"),
        QStringLiteral("人力资源社会保障局"),   QStringLiteral("人力资源社会保障厅"),
        QStringLiteral("人力资源和社会保障委员会"), QStringLiteral("人力资源局"), QStringLiteral("人社局"),
        QStringLiteral("人社厅"),
    };
    for (const QString &suffix : suffixes) {
        if (agency.endsWith(suffix) && agency.size() > suffix.size())
            return agency.left(agency.size() - suffix.size());
    }
    return agency;
}

} // namespace rl
