// Why: every input that once crashed, hung or tripped a sanitizer in a fuzzer stays in
// tests/data/fuzz-regressions/ and must keep giving a document or a reason under every reader.
#include "pipeline/DocumentLoader.h"
#include "pipeline/ReportPipeline.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

// Every offset a reader or a stage hands on must point inside the text it belongs to.
void verifySectionsInside(const rl::Outline &outline, qsizetype textSize)
{
    for (const rl::Section &s : outline) {
        QVERIFY2(s.start >= 0 && s.start <= s.end && s.end <= textSize,
                 qPrintable(QStringLiteral("section %1 [%2, %3) outside text of %4").arg(s.label()).arg(s.start).arg(s.end).arg(textSize)));
        verifySectionsInside(s.children, textSize);
    }
}

} // namespace

class TstRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readers_data();
    void readers();
    void pipeline_data();
    void pipeline();

private:
    void addFiles();
};

// One row per committed regression input, plus the office seeds (valid files must stay valid) and a few
// built-in byte patterns so the test means something while the regression folder is still empty.
void TstRegressions::addFiles()
{
    QTest::addColumn<QByteArray>("bytes");
    const QDir regressions(rl::test::fixture(QStringLiteral("fuzz-regressions")));
    const QDir seeds(rl::test::fixture(QStringLiteral("office")));
    for (const QDir &dir : {regressions, seeds}) {
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &info : files) {
            if (info.fileName() == QLatin1String("README.md"))
                continue;
            QFile f(info.filePath());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(info.filePath()));
            QTest::newRow(qPrintable(dir.dirName() + QLatin1Char('/') + info.fileName())) << f.readAll();
        }
    }
    QTest::newRow("builtin/empty") << QByteArray();
    QTest::newRow("builtin/nul") << QByteArray(4096, '\0');
    QTest::newRow("builtin/pdf header only") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QTest::newRow("builtin/zip header only") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10);
    QTest::newRow("builtin/utf16 bom odd") << QByteArray("\xFF\xFE\x41", 3);
    QTest::newRow("builtin/lone markers") << QStringLiteral("一、\n（一）\n1.\n一是\n二、\n").toUtf8();
}

void TstRegressions::readers_data()
{
    addFiles();
}

// Each input under each reader the suffix selects (the loader also sniffs content, so a .pdf full of
// HTML reaches the HTML reader): a document whose text is clean, or a named reason.
void TstRegressions::readers()
{
    QFETCH(QByteArray, bytes);
    for (const char *suffix : {".txt", ".html", ".pdf", ".docx"}) {
        const QString name = QStringLiteral("regression") + QLatin1String(suffix);
        const rl::ReadResult r = rl::DocumentLoader::loadBytes(bytes, name);
        if (r.ok()) {
            QVERIFY2(QStringList({QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("docx")})
                         .contains(r.document.format),
                     qPrintable(name + QLatin1String(": format ") + r.document.format));
            QVERIFY2(!r.document.text.contains(QChar(0)), qPrintable(name));
        } else {
            QVERIFY2(!r.error.trimmed().isEmpty(), qPrintable(name));
            QVERIFY(r.document.text.isEmpty());
        }
    }
}

void TstRegressions::pipeline_data()
{
    addFiles();
}

// The whole pipeline: a report whose outline and observations point inside its text, or an error and nothing else.
void TstRegressions::pipeline()
{
    QFETCH(QByteArray, bytes);
    const rl::ReportPipeline pipeline;
    for (const char *suffix : {".txt", ".html", ".pdf", ".docx"}) {
        const QString name = QStringLiteral("regression") + QLatin1String(suffix);
        const rl::Report r = pipeline.processBytes(bytes, name);
        if (!r.ok()) {
            QVERIFY(!r.error.trimmed().isEmpty());
            QVERIFY(r.text.isEmpty());
            QVERIFY(r.outline.isEmpty());
            QVERIFY(r.observations.isEmpty());
            continue;
        }
        QCOMPARE(r.contentHash, rl::ReportPipeline::contentHash(bytes));
        verifySectionsInside(r.outline, r.text.size());
        for (const rl::Observation &o : r.observations) {
            QVERIFY2(!o.id.isEmpty(), qPrintable(name));
            if (o.offset >= 0)
                QVERIFY2(o.length >= 0 && o.offset + o.length <= r.text.size(),
                         qPrintable(QStringLiteral("%1: %2 at %3+%4 outside %5").arg(name, o.id).arg(o.offset).arg(o.length).arg(r.text.size())));
        }
    }
}

QTEST_GUILESS_MAIN(TstRegressions)
#include "tst_regressions.moc"
