// Why: decoding and normalising run on every report and must stay far above the pipeline's
// 50 MB/s budget; this prints MB/s (of input bytes) for each reading step over the corpus
// concatenated to about 64 MB. Not a ctest: timings do not belong in unit tests.
#include "BenchThroughput.h"
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

void report(const char *what, qsizetype bytes, const std::function<qsizetype()> &step)
{
    rl::bench::reportThroughput(what, bytes, Runs, step, "checksum");
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
