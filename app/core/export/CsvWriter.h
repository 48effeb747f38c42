#pragma once

#include <QString>
#include <QStringList>

namespace rl {

// RFC 4180 rows: fields quoted when they hold a comma, quote or line break.
class CsvWriter final
{
public:
    static QString field(const QString &value);
    static QString row(const QStringList &fields);   // joined with commas, ends with "\n"
};

} // namespace rl
