// Library speed: import 1,000 reports (target < 5 s on the 2-core build machine) and search them
// (target < 50 ms per query). The reports are the seed corpus with their figures, agencies and years
// varied (or a built-in template when ../shared/corpus is absent), written to a temporary folder first.
//
// Usage: bench_library [COUNT]   (default 1000)

#include "../library/ReportTextGenerator.h"
#include "TestPaths.h"
#include "library/LibraryImporter.h"
#include "library/ReportLibrary.h"
#include "pipeline/ReportPipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace rl;

namespace {

struct Seed
{
    QString text;
    QString place;   // the city (or district, or province) named in the report, to be swapped
};

QList<Seed> loadSeeds()
{
    QList<Seed> seeds;
    const ReportPipeline pipeline;
    for (const QString &file : test::corpusFiles()) {
        const Report r = pipeline.process(file);
        if (!r.ok())
            continue;
        Seed s;
        s.text = r.text;
        s.place = !r.meta.city.isEmpty() ? r.meta.city : !r.meta.district.isEmpty() ? r.meta.district : r.meta.province;
        seeds.append(s);
    }
    return seeds;
}

// A seed with another place, another year and every other figure changed (same number of digits).
QString vary(const Seed &seed, int index)
{
    QRandomGenerator rng(quint32(index) * 2246822519u + 3u);
    const QStringList cities = test::generatedCities();
    QString text = seed.text;
    if (!seed.place.isEmpty())
        text.replace(seed.place, cities[index % cities.size()]);
    const int yearShift = index % 12 - 6;   // every year of the report moves together
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString number = m.captured();
        if (number.size() == 4 && number.startsWith(QLatin1String("20"))) {
            out += QString::number(number.toInt() + yearShift);
        } else {
            QString varied;
            for (int i = 0; i < number.size(); ++i)
                varied += QChar(u'0' + ((i == 0 && number.size() > 1) ? 1 + int(rng.bounded(9)) : int(rng.bounded(10))));
            out += varied;
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out + QStringLiteral("\n编号%1\n").arg(index);   // unique content even for short seeds
}

// CPU seconds used by the whole process so far: with the machine shared by other builds, wall-clock
// figures vary with the load, CPU time shows the work itself.
double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 0) : QStringLiteral("?");
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(folder);
    const QList<Seed> seeds = loadSeeds();
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString text = seeds.isEmpty() ? test::generateReport(i).text : vary(seeds[i % seeds.size()], i);
        QFile f(folder + QStringLiteral("/report-%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        bytes += f.write(text.toUtf8());
    }
    out << "reports: " << count << " (" << (seeds.isEmpty() ? "built-in template" : "varied seed corpus") << ", "
        << QString::number(bytes / 1048576.0, 'f', 1) << " MB), threads: " << QThreadPool::globalInstance()->maxThreadCount() << '\n';
    out.flush();

    const QString libraryPath = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryImporter importer(libraryPath);
    QElapsedTimer timer;
    const double cpuBefore = processCpuSeconds();
    timer.start();
    const QList<ImportOutcome> outcomes = importer.run({folder});
    const qint64 importMs = timer.elapsed();
    const double importCpu = processCpuSeconds() - cpuBefore;
    int imported = 0;
    for (const ImportOutcome &o : outcomes)
        imported += o.status == ImportOutcome::Imported ? 1 : 0;
    out << "import: " << imported << '/' << count << " reports in " << importMs << " ms ("
        << QString::number(importMs / double(std::max(1, count)), 'f', 2) << " ms/report; target < 5000 ms for 1000); CPU " << QString::number(importCpu, 'f', 2)
        << " s; load average " << loadAverage() << "\n";

    timer.restart();
    const QList<ImportOutcome> again = importer.run({folder});
    out << "re-import (all duplicates): " << again.size() << " files in " << timer.elapsed() << " ms\n";
    out.flush();

    // Where the import time goes: the same reports parsed in memory on all cores, then stored one
    // transaction each, then indexed for search in one batch (into a second, fresh library).
    {
        QStringList files;
        for (const ImportOutcome &o : outcomes)
            files << o.file;
        const ReportPipeline pipeline;
        timer.restart();
        const QList<Report> parsed = QtConcurrent::blockingMapped<QList<Report>>(
            files, [&pipeline](const QString &file) { return pipeline.process(file); });
        const qint64 parseMs = timer.elapsed();
        ReportLibrary second;
        if (second.open(dir.filePath(QStringLiteral("second.sqlite")))) {
            timer.restart();
            second.addReports(parsed);
            const qint64 storeMs = timer.elapsed();
            timer.restart();
            second.updateSearchIndex();
            const qint64 indexMs = timer.elapsed();
            out << "  of which: read+extract " << parseMs << " ms on " << QThreadPool::globalInstance()->maxThreadCount()
                << " threads, store " << storeMs << " ms, search index " << indexMs << " ms (measured separately)\n";
        }
    }

    ReportLibrary library;
    QString error;
    if (!library.open(libraryPath, &error)) {
        out << "cannot open the library: " << error << '\n';
        return 1;
    }
    const QStringList queries = {QStringLiteral("仲裁"), QStringLiteral("调解"), QStringLiteral("欠薪"), QStringLiteral("复议"),
                                 QStringLiteral("劳动者"), QStringLiteral("行政复议"), QStringLiteral("法治政府建设"),
                                 QStringLiteral("劳动人事争议仲裁"), QStringLiteral("薪"), QStringLiteral("不存在的词语")};
    double worst = 0;
    for (const QString &q : queries) {
        QList<double> times;
        int hits = 0;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            hits = int(library.search(q).size());
            times << timer.nsecsElapsed() / 1e6;
        }
        const double m = median(times);
        worst = std::max(worst, m);
        out << "search " << q << " (" << q.size() << " chars): " << hits << " hits, median " << QString::number(m, 'f', 1) << " ms\n";
    }
    out << "search worst median: " << QString::number(worst, 'f', 1) << " ms (target < 50 ms)\n";

    timer.restart();
    int reextracted = 0;
    library.reextractAll([&](int done, int) { reextracted = done; return true; });
    out << "reextract: " << reextracted << " reports in " << timer.elapsed() << " ms\n";

    timer.restart();
    const int records = int(library.observations().size());
    out << "observations(): " << records << " records in " << timer.elapsed() << " ms\n";
    timer.restart();
    const int rows = int(library.reports().size());
    out << "reports(): " << rows << " rows in " << timer.elapsed() << " ms\n";
    return 0;
}
