// Why: MetadataDetector must not grow with the report: it reads the first and last lines and a bounded
// window for place mentions, so a 50 MB text costs about what a 50 kB one does. Prints figures; not a ctest.
#include "meta/MetadataDetector.h"
#include "meta/PlaceGazetteer.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace rl;

namespace {

// An invented report that never names its agency (the slowest path: mentions and self-references),
// repeated to `bytes` (UTF-8 size, roughly three bytes per character).
QString syntheticReport(qsizetype bytes)
{
    const QString head = QStringLiteral("2021年,我局在区委区政府的领导下,全区人社系统依法行政水平不断提升。\n");
    const QString section = QStringLiteral(
        "一、加强组织领导\n(一)完善制度建设。落实浙江省和丽水市的部署,在市场监管、城区管理中依法行政,"
        "全年办理行政处罚案件35件,鼓楼区、市中区等地学习交流。\n二、存在问题\n基层法治力量仍然不足。\n");
    QString text = head;
    const qsizetype chars = bytes / 3;
    text.reserve(chars + section.size());
    while (text.size() < chars)
        text += section;
    return text;
}

void detectLargeReport(benchmark::State &state)
{
    PlaceGazetteer::instance();   // loaded once per process, not part of the per-report cost
    const QString text = syntheticReport(state.range(0) * 1024);
    for (auto _ : state)
        benchmark::DoNotOptimize(MetadataDetector().detect(text, RawDocument()));
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size() * 3);
}
BENCHMARK(detectLargeReport)->Arg(20)->Arg(500)->Arg(50 * 1024)->Unit(benchmark::kMicrosecond);

void loadGazetteer(benchmark::State &state)
{
    QFile file(QStringLiteral(":/places/places.tsv"));
    file.open(QIODevice::ReadOnly);
    const QString tsv = QString::fromUtf8(file.readAll());
    for (auto _ : state)
        benchmark::DoNotOptimize(PlaceGazetteer(tsv).size());
}
BENCHMARK(loadGazetteer)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
