// Why: decoding and normalising run on every report and must stay far above the pipeline's
// 50 MB/s budget; this prints MB/s (of input bytes) for each reading step over the corpus
// concatenated to about 64 MB. Not a ctest: timings do not belong in unit tests.
#include "TestPaths.h"
#include "read/HtmlReader.h"
#include "read/Normaliser.h"
#include "read/TextDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "TestEncoding.h"

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr qsizetype TargetBytes = 64 * 1024 * 1024;
constexpr int Runs = 5;

using rl::test::gb18030;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Best of Runs, in MB/s of `bytes` input: by wall clock and by this thread's CPU time (the
// latter stays meaningful when the machine is shared).
void report(const char *what, qsizetype bytes, const std::function<qsizetype()> &step)
{
    double bestWall = 0, bestCpu = 0;
    qsizetype sink = 0;
    const double mb = double(bytes) / (1024.0 * 1024.0);
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        sink += step();
        const double cpu = threadCpuSeconds() - cpu0;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        bestWall = std::max(bestWall, mb / wall);
        bestCpu = std::max(bestCpu, mb / cpu);
    }
    std::printf("%-30s %8.1f MB/s wall %8.1f MB/s cpu   (%lld MB, checksum %lld)\n", what, bestWall, bestCpu,
                static_cast<long long>(bytes / (1024 * 1024)), static_cast<long long>(sink % 1000));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QByteArray corpus;
    for (const QString &path : rl::test::corpusFiles()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            corpus += f.readAll() + "\n";
    }
    if (corpus.isEmpty()) {
        // Without ../shared, a synthetic report keeps the figures comparable in kind.
        corpus = QStringLiteral("　　一、加强组织领导\n（一）健全机制。全年共办理行政复议案件 ２０５ 宗,调解成功率达 97.4%。"
                                "2022 年 1 月 30 日,我局“十四五”规划完成。\n您当前的位置: 首页 > 报告\n")
                     .toUtf8();
        std::printf("corpus absent: using a synthetic report\n");
    }
    QByteArray utf8;
    utf8.reserve(TargetBytes + corpus.size());
    while (utf8.size() < TargetBytes)
        utf8 += corpus;
    const QString text = QString::fromUtf8(utf8);
    const QByteArray gb = gb18030(text);
    QByteArray html = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>";
    for (const QByteArray &line : utf8.split('\n'))
        html += "<p>" + line + "</p>\n";
    html += "</body></html>";

    std::printf("ReportLens reading benchmark, %d runs each, best shown\n", Runs);
    report("decode UTF-8", utf8.size(), [&] { return rl::TextDecoder::decode(utf8).document.text.size(); });
    report("decode GB18030 (detected)", gb.size(), [&] { return rl::TextDecoder::decode(gb).document.text.size(); });
    report("normalise", utf8.size(), [&] { return rl::Normaliser::normalise(text).size(); });
    report("decode UTF-8 + normalise", utf8.size(),
           [&] { return rl::Normaliser::normalise(rl::TextDecoder::decode(utf8).document.text).size(); });
    report("decode GB18030 + normalise", gb.size(),
           [&] { return rl::Normaliser::normalise(rl::TextDecoder::decode(gb).document.text).size(); });
    report("HTML read + normalise", html.size(),
           [&] { return rl::Normaliser::normalise(rl::HtmlReader::read(html).document.text).size(); });
    return 0;
}
