#include "ComparisonOptions.h"

#include "LibraryOption.h"
#include "compare/AgencyOrder.h"
#include "library/ReportLibrary.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace rl {

QList<QCommandLineOption> ComparisonOptions::options()
{
    return {
        {QStringLiteral("indicator"), QStringLiteral("indicator id (repeat for a second one)"), QStringLiteral("ID")},
        {QStringLiteral("agencies"), QStringLiteral("comma-separated agency names (full or place only)"),
         QStringLiteral("A,B")},
        {QStringLiteral("years"), QStringLiteral("a year or a range, e.g. 2020-2023"), QStringLiteral("RANGE")},
        {QStringLiteral("lang"), QStringLiteral("zh or en (default zh)"), QStringLiteral("LANG"), QStringLiteral("zh")},
    };
}

bool ComparisonOptions::read(const QCommandLineParser &parser, const QString &command, QTextStream &err)
{
    indicatorIds = parser.values(QStringLiteral("indicator"));
    if (indicatorIds.isEmpty()) {
        err << "reportlens " << command << ": --indicator ID is required\n";
        return false;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang == QLatin1String("zh") || lang == QLatin1String("zh_CN"))
        language = OutputLanguage::Chinese;
    else if (lang == QLatin1String("en"))
        language = OutputLanguage::English;
    else {
        err << "reportlens " << command << ": unknown language '" << lang << "' (use zh or en)\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("years"))) {
        static const QRegularExpression range(QStringLiteral("^\\s*(\\d{4})\\s*(?:[-–—~]\\s*(\\d{4}))?\\s*$"));
        const QRegularExpressionMatch m = range.match(parser.value(QStringLiteral("years")));
        if (!m.hasMatch()) {
            err << "reportlens " << command << ": --years takes a year or a range like 2020-2023\n";
            return false;
        }
        firstYear = m.captured(1).toInt();
        lastYear = m.captured(2).isEmpty() ? *firstYear : m.captured(2).toInt();
        if (*lastYear < *firstYear)
            std::swap(*firstYear, *lastYear);
    }
    agencyPatterns.clear();
    const QString agencies = parser.value(QStringLiteral("agencies"));
    for (const QString &a : agencies.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty())
            agencyPatterns << a.trimmed();
    }
    return true;
}

bool ComparisonOptions::load(const QString &libraryPath, const QString &command, QTextStream &err)
{
    ReportLibrary library;
    if (!LibraryOption::open(library, libraryPath, err))
        return false;
    const QList<ObservationRecord> records = library.observations(indicatorIds);

    ComparisonQuery query;
    query.indicatorIds = indicatorIds;
    query.firstYear = firstYear;
    query.lastYear = lastYear;
    if (!agencyPatterns.isEmpty()) {
        // A name matches its agency in full or by its place ("东莞市" for 东莞市人力资源和社会保障局).
        QSet<QString> known;
        for (const ObservationRecord &r : records)
            known.insert(r.agency);
        QSet<QString> chosen;
        for (const QString &pattern : std::as_const(agencyPatterns)) {
            bool matched = false;
            for (const QString &name : std::as_const(known)) {
                if (name == pattern || shortAgencyName(name) == pattern) {
                    chosen.insert(name);
                    matched = true;
                }
            }
            if (!matched) {
                err << "reportlens " << command << ": no agency in the library matches '" << pattern << "'\n";
                return false;
            }
        }
        query.agencies = QStringList(chosen.cbegin(), chosen.cend());
    }
    comparison = Comparison::fromRecords(records, query);
    if (comparison.isEmpty()) {
        err << libraryPath << ": no values of " << indicatorIds.join(QStringLiteral(", "))
            << (firstYear ? QStringLiteral(" in %1-%2").arg(*firstYear).arg(*lastYear) : QString()) << '\n';
        return false;
    }
    return true;
}

} // namespace rl
