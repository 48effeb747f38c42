// Why: the acceptance figures of the foundation and extraction issues — the seeds scored against the
// gold file exactly as ../shared/tools/score.py does (metadata 25/25, outline 20/20, recall and
// precision ≥ 0.95) — asserted so that a regression fails the suite, not just a manual check.
#include "GoldScore.h"
#include "TestPaths.h"
#include "pipeline/ReportPipeline.h"

#include <QtTest>

using namespace rl;

class TstSeeds final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void metadata();
    void outline();
    void recallAndPrecision();
    void cliMatchesLibrary();

private:
    test::GoldScore m_score;
    QList<Report> m_reports;
};

void TstSeeds::initTestCase()
{
    if (test::corpusFiles().isEmpty() || !QFile::exists(test::goldFile()))
        return;   // each test skips with its own message
    const ReportPipeline pipeline;
    for (const QString &file : test::corpusFiles())
        m_reports << pipeline.process(file);
    m_score = test::scoreAgainstGold(test::goldFile(), m_reports);
    qInfo().noquote() << m_score.summary();
    for (const QString &miss : std::as_const(m_score.misses))
        qInfo().noquote() << "  " << miss;
}

void TstSeeds::metadata()
{
    RL_REQUIRE_CORPUS();
    QVERIFY(m_score.metadataTotal >= 25);
    QCOMPARE(m_score.metadataRight, m_score.metadataTotal);
}

void TstSeeds::outline()
{
    RL_REQUIRE_CORPUS();
    QVERIFY(m_score.outlineTotal >= 20);
    QCOMPARE(m_score.outlineRight, m_score.outlineTotal);
}

void TstSeeds::recallAndPrecision()
{
    RL_REQUIRE_CORPUS();
    QVERIFY(m_score.required > 0);
    QVERIFY2(m_score.recall() >= 0.95, qPrintable(m_score.summary()));
    QVERIFY2(m_score.precision() >= 0.95, qPrintable(m_score.summary()));
}

// Why: the score the CLI user sees (score.py over `reportlens extract`) must be the one asserted here.
void TstSeeds::cliMatchesLibrary()
{
    RL_REQUIRE_CORPUS();
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed: cannot run ../shared/tools/score.py");
    QProcess extract;
    extract.start(test::reportlensBinary(), QStringList{QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("json")} + test::corpusFiles());
    QVERIFY(extract.waitForFinished(120000));
    QCOMPARE(extract.exitCode(), 0);
    QTemporaryFile json;
    QVERIFY(json.open());
    json.write(extract.readAllStandardOutput());
    json.flush();
    QProcess score;
    score.start(QStringLiteral("python3"), {test::sharedDir() + QStringLiteral("/tools/score.py"), test::goldFile(), json.fileName()});
    QVERIFY(score.waitForFinished(60000));
    const QString line = QString::fromUtf8(score.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
    const QString mine = m_score.summary();
    // score.py prints the same fields; compare the counts, which are exact.
    static const QRegularExpression counts(QStringLiteral("metadata (\\d+)/(\\d+)  outline (\\d+)/(\\d+)  recall [0-9.]+ \\((\\d+)/(\\d+)\\)  precision [0-9.]+ \\((\\d+)/(\\d+)\\)"));
    const auto a = counts.match(line), b = counts.match(mine);
    QVERIFY2(a.hasMatch(), qPrintable(line));
    QVERIFY(b.hasMatch());
    QCOMPARE(a.capturedTexts().mid(1), b.capturedTexts().mid(1));
}

QTEST_GUILESS_MAIN(TstSeeds)
#include "tst_seeds.moc"
