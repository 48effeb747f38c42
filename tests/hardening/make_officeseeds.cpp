// Writes the small .docx and .pdf files committed in tests/data/office/ (seeds for fuzz_docx/fuzz_pdf and
// inputs of tst_officeseeds). Run once when the fixtures change:
//   make_officeseeds tests/data/office
// Text is our own invented 示例 wording, never corpus text.
#include "../office/OfficeFixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

namespace {

bool save(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(f.fileName()));
        return false;
    }
    qInfo("%s: %lld bytes", qPrintable(f.fileName()), qlonglong(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        qWarning("usage: make_officeseeds FOLDER");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    bool ok = true;

    const QStringList report = {
        QStringLiteral("示例市人力资源和社会保障局2022年法治政府建设年度报告"),
        QStringLiteral("一、示例组织领导"),
        QStringLiteral("全年召开示例专题会议6次,研究部署依法行政工作。"),
        QStringLiteral("二、示例争议调处"),
        QStringLiteral("(一)示例调解仲裁"),
        QStringLiteral("全年受理劳动人事争议案件1234件,办结1200件,仲裁结案率为97.3%。"),
        QStringLiteral("项目 | 数量"),
        QStringLiteral("行政复议案件 | 56"),
        QStringLiteral("行政诉讼案件 | 7"),
        QStringLiteral("三、示例下一步打算"),
        QStringLiteral("继续推进示例依法行政工作。"),
    };
    rl::test::DocxOptions styled;
    styled.coreTitle = report.constFirst();
    styled.coreCreated = QStringLiteral("2023-01-15T09:00:00Z");
    ok &= save(dir, QStringLiteral("seed-headings-table.docx"), rl::test::makeDocx(report, styled));

    rl::test::DocxOptions plain;
    plain.headingStyles = false;
    plain.autoNumbering = false;
    plain.tables = false;
    ok &= save(dir, QStringLiteral("seed-plain.docx"), rl::test::makeDocx(report, plain));

    // A hand-written body: a Heading1 paragraph by style id and a two-row table, nothing else.
    const QString body = QStringLiteral(
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、示例标题</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>示例正文:全年开展普法培训12场次。</w:t></w:r></w:p>"
        "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>示例指标</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>追回工资</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>35万元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    const QString styles = rl::test::wordRoot(QStringLiteral("styles"),
        QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                       "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"));
    ok &= save(dir, QStringLiteral("seed-minimal.docx"), rl::test::makeDocxFromBody(body, styles));

    rl::test::PdfOptions indented;
    indented.title = report.constFirst();
    indented.creationDate = QStringLiteral("20230115090000");
    indented.pageNumbers = false;
    ok &= save(dir, QStringLiteral("seed-indented.pdf"), rl::test::makePdf(report.mid(0, 6), indented));

    rl::test::PdfOptions spaced;
    spaced.style = rl::test::PdfOptions::Style::Spaced;
    spaced.largerHeadings = true;
    ok &= save(dir, QStringLiteral("seed-spaced.pdf"), rl::test::makePdf(report.mid(0, 6) << report.mid(9), spaced));
    return ok ? 0 : 1;
}
