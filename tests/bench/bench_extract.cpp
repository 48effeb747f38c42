// Why: the whole pipeline (read → normalise → outline → extract) must run at ≥ 50 MB/s on one
// core; this prints MB/s of report bytes through rl::ReportPipeline::processBytes over the corpus
// repeated to ≥ 20 MB, and the extractor alone over normalised text. Not a ctest: timings do not
// belong in unit tests.
#include "BenchThroughput.h"
#include "TestPaths.h"
#include "extract/CompiledCatalog.h"
#include "extract/IndicatorCatalog.h"
#include "extract/IndicatorExtractor.h"
#include "meta/MetadataDetector.h"
#include "outline/OutlineParser.h"
#include "pipeline/DocumentLoader.h"
#include "pipeline/ReportPipeline.h"
#include "read/Normaliser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr qsizetype TargetBytes = 20 * 1024 * 1024;
constexpr int Runs = 3;

void report(const char *what, qsizetype bytes, const std::function<qsizetype()> &step)
{
    rl::bench::reportThroughput(what, bytes, Runs, step, "figures");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<QPair<QString, QByteArray>> files;
    for (const QString &path : rl::test::corpusFiles()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.append({QFileInfo(path).fileName(), f.readAll()});
    }
    if (files.isEmpty()) {
        // Without ../shared, a synthetic report keeps the figures comparable in kind.
        files.append({QStringLiteral("synthetic.txt"),
                      QStringLiteral("一、工作情况\n(一)化解纠纷。全年共受理劳动人事争议案件32014件,办结26509件。其中,各级调解组织受理"
                                     "20557件,调解成功14978件。共办理行政复议案件205宗,无纠错案件。\n")
                          .repeated(40)
                          .toUtf8()});
        std::printf("corpus absent: using a synthetic report\n");
    }
    qsizetype corpusBytes = 0;
    for (const auto &f : files)
        corpusBytes += f.second.size();
    const int repeats = int((TargetBytes + corpusBytes - 1) / corpusBytes);
    const qsizetype totalBytes = corpusBytes * repeats;

    const rl::ReportPipeline pipeline;
    // "--extract-only" skips the whole-pipeline run (for profiling the extractor).
    const bool extractOnly = app.arguments().contains(QStringLiteral("--extract-only"));
    if (!extractOnly)
    report("pipeline read→extract (1 thread)", totalBytes, [&] {
        qsizetype figures = 0;
        for (int r = 0; r < repeats; ++r) {
            for (const auto &f : files)
                figures += pipeline.processDocument(rl::DocumentLoader::loadBytes(f.second, f.first).document, f.first).observations.size();
        }
        return figures;
    });
    // The library's duplicate check hashes each file once (SHA-256); shown apart from the pipeline.
    if (!extractOnly)
    report("  content hash (SHA-256)", totalBytes, [&] {
        qsizetype n = 0;
        for (int r = 0; r < repeats; ++r) {
            for (const auto &f : files)
                n += rl::ReportPipeline::contentHash(f.second).size();
        }
        return n;
    });

    // Each stage alone, so the slowest one is known before anything is optimised.
    if (!extractOnly) {
        QList<rl::RawDocument> raws;
        QList<QString> texts;
        for (const auto &f : files) {
            raws << rl::DocumentLoader::loadBytes(f.second, f.first).document;
            texts << rl::Normaliser::normalise(raws.last().text);
        }
        const auto stage = [&](const char *name, const std::function<qsizetype(int)> &one) {
            report(name, totalBytes, [&] {
                qsizetype n = 0;
                for (int r = 0; r < repeats; ++r) {
                    for (int i = 0; i < files.size(); ++i)
                        n += one(i);
                }
                return n;
            });
        };
        stage("  stage: read (decode)", [&](int i) { return rl::DocumentLoader::loadBytes(files[i].second, files[i].first).document.text.size() > 0 ? 0 : 1; });
        stage("  stage: normalise", [&](int i) { return rl::Normaliser::normalise(raws[i].text).isEmpty() ? 1 : 0; });
        stage("  stage: metadata", [&](int i) { return rl::MetadataDetector().detect(texts[i], raws[i]).year ? 0 : 1; });
        stage("  stage: outline", [&](int i) { return qsizetype(rl::OutlineParser().parse(texts[i]).isEmpty() ? 1 : 0); });
    }

    // The extractor alone, over text the pipeline already normalised and outlined.
    QList<rl::Report> reports;
    for (const auto &f : files)
        reports << pipeline.processBytes(f.second, f.first);
    const rl::IndicatorExtractor extractor;
    {
        const rl::CompiledCatalog compiled(rl::IndicatorCatalog::shared());
        std::printf("catalog: %lld indicators, %d phrases, automaton %d states\n",
                    static_cast<long long>(compiled.catalog().indicators().size()), compiled.automaton().termCount(),
                    compiled.automaton().stateCount());
    }
    report("extract only (1 thread)", totalBytes, [&] {
        qsizetype figures = 0;
        for (int r = 0; r < repeats; ++r) {
            for (const rl::Report &rep : std::as_const(reports))
                figures += extractor.extract(rep.text, rep.outline).observations.size();
        }
        return figures;
    });
    return 0;
}
