// Why: a report's outline, figures and metadata must not depend on whether it came as .txt, PDF or .docx.
// Each seed report is typeset into PDFs (two layouts, running header, page numbers) and written as a
// .docx (heading styles, automatic numbering, tables); all must give what the .txt gives.
#include "OfficeFixtures.h"
#include "TestPaths.h"

#include "pipeline/ReportPipeline.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace rl;

class TstFormatEquivalence final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameReport_data();
    void sameReport();
    void extractCommandAgrees();
};

namespace {

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

void flatten(const Outline &outline, QStringList &rows)
{
    for (const Section &s : outline) {
        rows << QStringLiteral("%1|%2|%3").arg(s.level).arg(squeeze(s.marker), squeeze(s.title));
        flatten(s.children, rows);
    }
}

QStringList outlineRows(const Report &r)
{
    QStringList rows;
    flatten(r.outline, rows);
    return rows;
}

QStringList figures(const Report &r)
{
    QStringList out;
    for (const Observation &o : r.observations)
        out << QStringLiteral("%1=%2").arg(o.id).arg(o.value, 0, 'g', 12);
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sourceLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

// Paragraphs of a report text, whitespace removed, for comparing paragraph structure.
QStringList squeezedLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QString s = squeeze(l);
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

void TstFormatEquivalence::sameReport_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("format");
    const QStringList seeds = rl::test::corpusFiles();
    if (seeds.isEmpty())
        QTest::newRow("no corpus") << QString() << QString();
    for (const QString &seed : seeds) {
        const QString base = QFileInfo(seed).completeBaseName().left(3);
        for (const char *format : {"pdf-indented", "pdf-spaced", "pdf-headings", "docx"})
            QTest::newRow(qPrintable(base + QLatin1Char('/') + QLatin1String(format))) << seed << QString::fromLatin1(format);
    }
}

void TstFormatEquivalence::sameReport()
{
    RL_REQUIRE_CORPUS();
    QFETCH(QString, seed);
    QFETCH(QString, format);

    const ReportPipeline pipeline;
    const Report fromText = pipeline.process(seed);
    QVERIFY2(fromText.ok(), qPrintable(fromText.error));

    const QStringList lines = sourceLines(seed);
    QByteArray bytes;
    QString name = QFileInfo(seed).completeBaseName();
    if (format.startsWith(QLatin1String("pdf"))) {
        rl::test::PdfOptions options;
        options.style = format == u"pdf-spaced" ? rl::test::PdfOptions::Style::Spaced
                                                 : rl::test::PdfOptions::Style::Indented;
        options.largerHeadings = format == u"pdf-headings";
        if (format == u"pdf-spaced")
            options.watermark = QStringLiteral("内部资料 注意保存");
        options.runningHeader = QStringLiteral("法治政府建设年度报告（测试页眉）");
        int pages = 0;
        bytes = rl::test::makePdf(lines, options, &pages);
        QVERIFY2(pages >= 3, "the seed should fill several pages");
        name += QStringLiteral(".pdf");
    } else {
        bytes = rl::test::makeDocx(lines);
        name += QStringLiteral(".docx");
    }
    QVERIFY(!bytes.isEmpty());

    // From disk, as the library and the CLI read it; from memory gives the same report.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const Report other = pipeline.process(path);
    QVERIFY2(other.ok(), qPrintable(other.error));
    QCOMPARE(pipeline.processBytes(bytes, path), other);
    QCOMPARE(other.format, format.left(format.indexOf(QLatin1Char('-')) < 0 ? format.size() : format.indexOf(QLatin1Char('-'))));

    // Nothing lost, nothing added: every paragraph of the .txt comes back as a paragraph.
    const QStringList expectedLines = squeezedLines(fromText.text);
    const QStringList actualLines = squeezedLines(other.text);
    const QString actualAll = actualLines.join(QString());
    if (qEnvironmentVariableIsSet("RL_DUMP")) { // debugging aid: keep the generated file and its text
        QFile dump(QDir::tempPath() + QStringLiteral("/rl_dump_") + format + QLatin1Char('_') + name + QStringLiteral(".txt"));
        dump.open(QIODevice::WriteOnly);
        dump.write(other.text.toUtf8());
        QFile raw(QDir::tempPath() + QStringLiteral("/rl_dump_") + format + QLatin1Char('_') + name);
        raw.open(QIODevice::WriteOnly);
        raw.write(bytes);
    }
    for (const QString &l : expectedLines)
        QVERIFY2(actualAll.contains(l), qPrintable(QStringLiteral("missing text: ") + l.left(60)));
    QCOMPARE(actualLines, expectedLines);

    QCOMPARE(outlineRows(other), outlineRows(fromText));
    QCOMPARE(figures(other), figures(fromText));
    QCOMPARE(other.meta.title, fromText.meta.title);
    QCOMPARE(other.meta.agency, fromText.meta.agency);
    QCOMPARE(other.meta.year, fromText.meta.year);
    QCOMPARE(other.meta.published, fromText.meta.published);
    QVERIFY(other.meta == fromText.meta);
}

namespace {

// The parts of one `extract` JSON object that must not depend on the format, offsets left out.
QJsonObject comparable(QJsonObject o)
{
    o.remove(QStringLiteral("file"));
    std::function<QJsonArray(const QJsonArray &)> outline = [&](const QJsonArray &nodes) {
        QJsonArray out;
        for (const QJsonValue &v : nodes) {
            const QJsonObject n = v.toObject();
            out.append(QJsonObject{{QStringLiteral("level"), n.value(QStringLiteral("level"))},
                                   {QStringLiteral("marker"), squeeze(n.value(QStringLiteral("marker")).toString())},
                                   {QStringLiteral("title"), squeeze(n.value(QStringLiteral("title")).toString())},
                                   {QStringLiteral("children"), outline(n.value(QStringLiteral("children")).toArray())}});
        }
        return out;
    };
    o.insert(QStringLiteral("outline"), outline(o.value(QStringLiteral("outline")).toArray()));
    QStringList indicators;
    for (const QJsonValue &v : o.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        indicators << QStringLiteral("%1=%2 %3 approx=%4 derived=%5")
                          .arg(i.value(QStringLiteral("id")).toString())
                          .arg(i.value(QStringLiteral("value")).toDouble(), 0, 'g', 12)
                          .arg(i.value(QStringLiteral("unit")).toString())
                          .arg(i.value(QStringLiteral("approx")).toBool())
                          .arg(i.value(QStringLiteral("derived")).toBool());
    }
    std::sort(indicators.begin(), indicators.end());
    o.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(indicators));
    return o;
}

} // namespace

void TstFormatEquivalence::extractCommandAgrees()
{
    // The acceptance check, through the real command line: `reportlens extract` on the .txt,
    // a PDF and a .docx of each seed prints the same metadata, outline and indicators.
    RL_REQUIRE_CORPUS();
    const QString binary = rl::test::reportlensBinary();
    if (!QFileInfo(binary).isExecutable())
        QSKIP("the reportlens executable is not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList args{QStringLiteral("extract")};
    const QStringList seeds = rl::test::corpusFiles();
    for (const QString &seed : seeds) {
        const QString base = dir.filePath(QFileInfo(seed).completeBaseName());
        const QStringList lines = sourceLines(seed);
        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(rl::test::makePdf(lines));
        pdf.close();
        QFile docx(base + QStringLiteral(".docx"));
        QVERIFY(docx.open(QIODevice::WriteOnly));
        docx.write(rl::test::makeDocx(lines));
        docx.close();
        args << seed << pdf.fileName() << docx.fileName();
    }
    QProcess process;
    process.start(binary, args);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray reports = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(reports.size(), 3 * seeds.size());
    for (qsizetype i = 0; i < reports.size(); i += 3) {
        const QJsonObject fromText = comparable(reports.at(i).toObject());
        QCOMPARE(comparable(reports.at(i + 1).toObject()), fromText);
        QCOMPARE(comparable(reports.at(i + 2).toObject()), fromText);
    }
}

QTEST_MAIN(TstFormatEquivalence)
#include "tst_formatequivalence.moc"
