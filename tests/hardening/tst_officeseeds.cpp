// Why: the committed .docx/.pdf in tests/data/office/ seed the fuzzers; a seed the reader cannot open
// would leave the fuzzer starting from nothing, so each must read, outline and extract as written.
#include "pipeline/ReportPipeline.h"
#include "TestPaths.h"

#include <QFileInfo>
#include <QTest>

class TstOfficeSeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed_data();
    void seed();
};

void TstOfficeSeeds::seed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("texts");      // must appear in the normalised text
    QTest::addColumn<QString>("firstSection");   // title of the first top-level section
    QTest::addColumn<QString>("indicator");      // an indicator id that must be found ("" for none)

    const QStringList report = {QStringLiteral("示例组织领导"), QStringLiteral("全年受理劳动人事争议案件1234件")};
    QTest::newRow("docx headings + table") << "seed-headings-table.docx" << "docx"
                                           << (QStringList(report) << QStringLiteral("行政复议案件") << QStringLiteral("56"))
                                           << "示例组织领导" << "dispute_cases";
    QTest::newRow("docx plain") << "seed-plain.docx" << "docx" << report << "示例组织领导" << "dispute_cases";
    QTest::newRow("docx minimal") << "seed-minimal.docx" << "docx"
                                  << QStringList{QStringLiteral("示例标题"), QStringLiteral("全年开展普法培训12场次"), QStringLiteral("35万元")}
                                  << "示例标题" << "";
    QTest::newRow("pdf indented") << "seed-indented.pdf" << "pdf" << report << "示例组织领导" << "dispute_cases";
    QTest::newRow("pdf spaced") << "seed-spaced.pdf" << "pdf" << (QStringList(report) << QStringLiteral("继续推进示例依法行政工作"))
                                << "示例组织领导" << "dispute_cases";
}

void TstOfficeSeeds::seed()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QStringList, texts);
    QFETCH(QString, firstSection);
    QFETCH(QString, indicator);
    const QString path = rl::test::fixture(QStringLiteral("office/") + name);
    QVERIFY2(QFileInfo(path).size() > 0 && QFileInfo(path).size() < 50 * 1024, qPrintable(path));
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, format);
    for (const QString &t : texts)
        QVERIFY2(r.text.contains(t), qPrintable(t + QLatin1String(" missing from: ") + r.text));
    QVERIFY2(!r.outline.isEmpty(), qPrintable(r.text));
    QCOMPARE(r.outline.constFirst().title, firstSection);
    if (!indicator.isEmpty()) {
        bool found = false;
        for (const rl::Observation &o : r.observations)
            found |= o.id == indicator;
        QVERIFY2(found, qPrintable(indicator));
    }
}

QTEST_GUILESS_MAIN(TstOfficeSeeds)
#include "tst_officeseeds.moc"
