#include "ExportCommand.h"

#include "CliArguments.h"
#include "LibraryOption.h"
#include "export/CsvWriter.h"
#include "library/ReportLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace rl {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString flag(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Which of several values of one indicator in one report stands for the report: a value staff set or
// confirmed first, then a stated total over a breakdown part, a stated figure over a computed one,
// and finally the earliest in the text.
int preference(const ObservationRecord &r)
{
    return (r.corrected || r.manual ? 0 : 4) + (r.isPart ? 2 : 0) + (r.derived ? 1 : 0);
}

} // namespace

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(LibraryOption::option());
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json"), QStringLiteral("format"), QStringLiteral("csv")});
    if (!parseCommandLine(parser, name(), args, err))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << "reportlens export: unknown format '" << format << "' (use csv or json)\n";
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "reportlens export: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return ExitUsage;
    }
    ReportLibrary library;
    if (!LibraryOption::open(library, LibraryOption::path(parser), err))
        return ExitInputError;

    QHash<qint64, QString> files;
    for (const ReportSummary &s : library.reports())
        files.insert(s.id, s.file);

    // One row per report × indicator; records arrive ordered by indicator, agency, year, offset.
    QMap<QPair<qint64, QString>, ObservationRecord> chosen;
    const QList<ObservationRecord> records = library.observations();
    for (const ObservationRecord &r : records) {
        const QPair<qint64, QString> key(r.reportId, r.indicatorId);
        auto it = chosen.find(key);
        if (it == chosen.end())
            chosen.insert(key, r);
        else if (preference(r) < preference(*it))
            *it = r;
    }
    QList<ObservationRecord> rows = chosen.values();
    std::sort(rows.begin(), rows.end(), [](const ObservationRecord &a, const ObservationRecord &b) {
        if (a.agency != b.agency)
            return a.agency < b.agency;
        if (a.year != b.year)
            return a.year < b.year;
        if (a.reportId != b.reportId)
            return a.reportId < b.reportId;
        return a.indicatorId < b.indicatorId;
    });

    if (format == QLatin1String("csv")) {
        out << CsvWriter::row({QStringLiteral("agency"), QStringLiteral("year"), QStringLiteral("id"), QStringLiteral("value"),
                               QStringLiteral("unit"), QStringLiteral("approx"), QStringLiteral("derived"),
                               QStringLiteral("corrected"), QStringLiteral("file")});
        for (const ObservationRecord &r : std::as_const(rows)) {
            out << CsvWriter::row({r.agency, r.year ? QString::number(r.year) : QString(), r.indicatorId, number(r.value),
                                   r.unit, flag(r.approx), flag(r.derived), flag(r.corrected || r.manual),
                                   files.value(r.reportId)});
        }
    } else {
        QJsonArray array;
        for (const ObservationRecord &r : std::as_const(rows)) {
            QJsonObject o;
            o.insert(QStringLiteral("agency"), r.agency.isEmpty() ? QJsonValue() : QJsonValue(r.agency));
            o.insert(QStringLiteral("year"), r.year ? QJsonValue(r.year) : QJsonValue());
            o.insert(QStringLiteral("id"), r.indicatorId);
            o.insert(QStringLiteral("value"), r.value);
            o.insert(QStringLiteral("unit"), r.unit);
            o.insert(QStringLiteral("approx"), r.approx);
            o.insert(QStringLiteral("derived"), r.derived);
            o.insert(QStringLiteral("corrected"), r.corrected || r.manual);
            o.insert(QStringLiteral("file"), files.value(r.reportId));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace rl
