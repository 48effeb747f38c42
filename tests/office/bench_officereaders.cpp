// Throughput of the PDF and Word readers on generated reports (not a ctest: timing varies with load).
// Usage: bench_officereaders [--pages N] | --dump FILE (prints what the reader makes of FILE)
#include "OfficeFixtures.h"

#include "office/DocxReader.h"
#include "office/PdfReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);

    const qsizetype dump = args.indexOf(QStringLiteral("--dump"));
    if (dump >= 0 && dump + 1 < args.size()) {
        QFile f(args.at(dump + 1));
        if (!f.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = f.readAll();
        const rl::ReadResult r = bytes.startsWith("%PDF") ? rl::PdfReader::read(bytes) : rl::DocxReader::read(bytes);
        if (!r.ok()) {
            out << "error: " << r.error << '\n';
            return 1;
        }
        out << "title: " << r.document.titleHint << "\npublished: " << r.document.publishedHint << "\nheadings: "
            << r.document.headingHints.join(QStringLiteral(" / ")) << "\n----\n" << r.document.text << '\n';
        return 0;
    }

    int wantedPages = 100;
    const qsizetype pagesArg = args.indexOf(QStringLiteral("--pages"));
    if (pagesArg >= 0 && pagesArg + 1 < args.size())
        wantedPages = args.at(pagesArg + 1).toInt();

    // A synthetic report: headings, numbered items and long paragraphs with figures.
    QStringList lines;
    const QString paragraph = QStringLiteral(
        "全年共受理劳动人事争议案件1234件，结案率达到97.5%，调解成功率为65.2%，为劳动者追回工资等待遇3456.78万元。"
        "深入推进行政执法三项制度，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，"
        "持续优化营商环境，提升依法行政水平和服务效能。");
    for (int i = 0; lines.size() < wantedPages * 8; ++i) {
        lines << QStringLiteral("%1、第%2部分工作情况").arg(QStringLiteral("一二三四五六七八九十").at(i % 10)).arg(i + 1);
        for (int k = 0; k < 6; ++k)
            lines << QStringLiteral("（%1）").arg(QStringLiteral("一二三四五六").at(k)) + paragraph;
    }
    rl::test::PdfOptions options;
    options.runningHeader = QStringLiteral("法治政府建设年度报告");
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = rl::test::makePdf(lines, options, &pages);
    out << "generated " << pages << " pages (" << pdf.size() / 1024 << " KB) in " << timer.elapsed() << " ms\n";

    timer.restart();
    const int runs = 3;
    qsizetype chars = 0;
    for (int i = 0; i < runs; ++i)
        chars = rl::PdfReader::read(pdf).document.text.size();
    const double pdfMs = double(timer.elapsed()) / runs;
    out << "PdfReader: " << pdfMs << " ms per document, " << (pages * 1000.0 / pdfMs) << " pages/s, " << chars
        << " characters\n";

    const QByteArray docx = rl::test::makeDocx(lines);
    timer.restart();
    for (int i = 0; i < runs; ++i)
        chars = rl::DocxReader::read(docx).document.text.size();
    const double docxMs = double(timer.elapsed()) / runs;
    out << "DocxReader: " << docxMs << " ms per document (" << docx.size() / 1024 << " KB zip, " << chars
        << " characters), " << (double(chars) / 1000.0 / docxMs * 1000.0) << " k characters/s\n";
    return 0;
}
