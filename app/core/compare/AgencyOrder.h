#pragma once

#include "compare/Comparison.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rl {

// Agencies in pinyin order (ICU collation for zh_CN), the order Chinese staff expect in lists.
void sortAgencies(QList<ComparisonAgency> &agencies);
void sortAgencyNames(QStringList &names);

// "东莞市人力资源和社会保障局" → "东莞市": the place is what tells agencies apart on an axis.
QString shortAgencyName(const QString &agency);

} // namespace rl
