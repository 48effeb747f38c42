// Prints how long a chart over 300 agencies × 5 years takes to redraw after a selection change:
// the comparison query, the chart build and one paint of the live view (target: under 200 ms).
#include "charts/QtChartBuilder.h"
#include "compare/Comparison.h"
#include "library/ObservationRecord.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace rl;

namespace {

QList<ObservationRecord> records(int agencies, int years)
{
    QList<ObservationRecord> list;
    qint64 id = 1;
    for (int a = 0; a < agencies; ++a) {
        for (int y = 0; y < years; ++y) {
            for (const QString &indicator : {QStringLiteral("dispute_cases"), QStringLiteral("mediation_rate")}) {
                if ((a * 7 + y * 3) % 11 == 0)
                    continue;   // some values missing, as in real libraries
                ObservationRecord r;
                r.reportId = a * 100 + y;
                r.observationId = id++;
                r.agency = QStringLiteral("测试%1区人力资源和社会保障局").arg(a + 1, 3, 10, QLatin1Char('0'));
                r.province = QStringLiteral("某省");
                r.level = AgencyLevel::District;
                r.year = 2019 + y;
                r.indicatorId = indicator;
                const bool rate = indicator == QLatin1String("mediation_rate");
                r.value = rate ? 50 + (a * 13 + y * 7) % 50 : 200 + (a * 37 + y * 101) % 5000;
                r.unit = rate ? QStringLiteral("%") : QStringLiteral("件");
                r.approx = (a + y) % 17 == 0;
                r.derived = rate && (a + y) % 13 == 0;
                r.quote = QStringLiteral("共受理劳动人事争议案件%1件").arg(r.value);
                r.offset = 100;
                r.length = 12;
                list << r;
            }
        }
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int agencies = 300, years = 5, rounds = 7;
    const QList<ObservationRecord> all = records(agencies, years);
    QStringList names;
    for (const ObservationRecord &r : all) {
        if (!names.contains(r.agency))
            names << r.agency;
    }

    QtChartBuilder builder;
    QWidget *view = builder.view();
    view->resize(1400, 900);
    view->show();
    QTextStream out(stdout);
    out << "chart redraw after a selection change, " << agencies << " agencies × " << years << " years ("
        << all.size() << " records), median of " << rounds << ":\n";
    bool allFast = true;
    for (ChartKind kind : {ChartKind::Bars, ChartKind::Lines, ChartKind::Ranking, ChartKind::Scatter}) {
        ChartRequest request;
        request.kind = kind;
        request.indicatorId = kind == ChartKind::Scatter ? QStringLiteral("mediation_rate") : QStringLiteral("dispute_cases");
        request.secondIndicatorId = QStringLiteral("dispute_cases");
        QList<qint64> times;
        QList<double> cpuTimes;   // the machine may be shared: CPU time shows the cost without waiting
        for (int round = 0; round < rounds; ++round) {
            // A selection change: one agency unchecked (a different one each round).
            ComparisonQuery query;
            query.indicatorIds = {request.indicatorId};
            if (kind == ChartKind::Scatter)
                query.indicatorIds << request.secondIndicatorId;
            query.agencies = names;
            query.agencies.removeAt(round % names.size());
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const Comparison comparison = Comparison::fromRecords(all, query);
            builder.show(comparison, request);
            QCoreApplication::processEvents();
            const QPixmap painted = view->grab();   // layout and one full paint
            times << timer.elapsed();
            cpuTimes << 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            if (painted.isNull())
                return 1;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        const qint64 median = times.at(times.size() / 2);
        allFast = allFast && median < 200;
        out << "  " << chartKindKey(kind).leftJustified(8) << median << " ms wall, " << qRound(cpuTimes.at(cpuTimes.size() / 2))
            << " ms CPU (" << builder.shownValueCount() << " values)" << (median < 200 ? "" : "  SLOWER THAN 200 ms") << '\n';
    }
    out.flush();
    return allFast ? 0 : 2;
}
