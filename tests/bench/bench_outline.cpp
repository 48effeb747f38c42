// Why: OutlineParser must stay linear: a 50 MB report and a million marker lines parse in well under
// a second per 10 MB. Prints figures; not a ctest.
#include "outline/OutlineParser.h"

#include <benchmark/benchmark.h>

using namespace rl;

namespace {

// An invented report section repeated to `bytes` (UTF-8 size, roughly three bytes per character).
QString syntheticReport(qsizetype bytes)
{
    const QString section = QStringLiteral(
        "一、加强组织领导,健全工作机制\n"
        "(一)完善制度建设。一是修订规范性文件管理办法。二是落实公平竞争审查,全年审查文件12件。\n"
        "(二)规范行政执法。全年办理行政处罚案件35件,行政许可事项1.5万件。\n"
        "1.推行执法公示\n2.落实全过程记录\n(1)配备记录设备\n(2)建立归档制度\n"
        "二、存在问题\n基层法治力量仍然不足,宣传形式有待创新。\n");
    QString text;
    const qsizetype chars = bytes / 3;
    text.reserve(chars + section.size());
    while (text.size() < chars)
        text += section;
    return text;
}

void parseLargeReport(benchmark::State &state)
{
    const QString text = syntheticReport(state.range(0) * 1024 * 1024);
    for (auto _ : state)
        benchmark::DoNotOptimize(OutlineParser().parse(text));
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size() * 2);
}
BENCHMARK(parseLargeReport)->Arg(5)->Arg(50)->Unit(benchmark::kMillisecond);

void parseMillionMarkerLines(benchmark::State &state)
{
    QString text;
    for (int i = 0; i < 1000000; ++i)
        text += QStringLiteral("一、\n");
    for (auto _ : state)
        benchmark::DoNotOptimize(OutlineParser().parse(text));
}
BENCHMARK(parseMillionMarkerLines)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
