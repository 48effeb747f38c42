// Why: the catalog is data the program trusts — every spec id must be in the built-in one, a user
// file must be able to add indicators and phrasings without a recompile, and a broken file must be
// refused with a reason instead of silently extracting nothing.
#include "TestPaths.h"
#include "extract/IndicatorCatalog.h"
#include "extract/IndicatorExtractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using rl::IndicatorCatalog;

class TestIndicatorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinLoads();
    void everySpecIdPresent();
    void userOverrideExtendsShared();
    void replacingFile();
    void malformed_data();
    void malformed();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString m_userFile;
};

void TestIndicatorCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Set before anything asks for the shared catalog: it is loaded once per process.
    m_userFile = m_dir.filePath(QStringLiteral("indicators.json"));
    QFile f(m_userFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"extends": "builtin",
        "indicators": [{"id": "job_fairs", "group": "employment", "name_zh": "招聘会场次", "name_en": "Job fairs held",
                        "unit": "场", "recognisers": [{"subjects": ["招聘会"], "measures": ["举办", "组织"]}]}]})");
    f.close();
    qputenv("REPORTLENS_CATALOG", m_userFile.toLocal8Bit());
}

void TestIndicatorCatalog::builtinLoads()
{
    const IndicatorCatalog &c = IndicatorCatalog::builtin();
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.source(), QStringLiteral(":/catalog/indicators.json"));
    for (const rl::IndicatorDefinition &d : c.indicators()) {
        QVERIFY2(!d.recognisers.isEmpty(), qPrintable(d.id));
        QVERIFY2(!d.units.isEmpty(), qPrintable(d.id));
    }
    QVERIFY(!c.grammar().negations.isEmpty());
    QVERIFY(!c.derivations().isEmpty());
}

void TestIndicatorCatalog::everySpecIdPresent()
{
    // id → unit, from the spec when it is beside the checkout, else the list it held when written.
    QList<QPair<QString, QString>> spec;
    QFile tsv(rl::test::sharedDir() + QStringLiteral("/spec/indicators.tsv"));
    if (tsv.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(tsv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cols = lines.at(i).split(QLatin1Char('\t'));
            if (cols.size() >= 5)
                spec.append({cols.at(0), cols.at(4)});
        }
    } else {
        const char *ids[][2] = {{"dispute_cases", "件"}, {"dispute_closed", "件"}, {"arbitration_filed", "件"},
                                {"mediation_cases", "件"}, {"mediation_success", "件"}, {"mediation_rate", "%"},
                                {"arbitration_closure_rate", "%"}, {"wage_arrears_cases", "件"},
                                {"wage_arrears_closure_rate", "%"}, {"wages_recovered", "元"}, {"wage_workers", "人"},
                                {"reconsideration_cases", "件"}, {"reconsideration_corrected", "件"},
                                {"litigation_cases", "件"}, {"litigation_lost", "件"}, {"head_appearance_rate", "%"},
                                {"info_requests", "件"}, {"deputy_proposals", "件"}, {"normative_documents", "件"},
                                {"petitions", "件"}, {"penalty_cases", "件"}, {"license_cases", "件"},
                                {"inspections", "户"}, {"law_training_sessions", "场"},
                                {"law_training_participants", "人次"}};
        for (const auto &p : ids)
            spec.append({QString::fromUtf8(p[0]), QString::fromUtf8(p[1])});
    }
    QVERIFY(spec.size() >= 25);
    const IndicatorCatalog &c = IndicatorCatalog::builtin();
    for (const auto &[id, unit] : spec) {
        const rl::IndicatorDefinition *d = c.find(id);
        QVERIFY2(d, qPrintable(id + QLatin1String(" is missing")));
        QCOMPARE(d->unit, unit);
        QVERIFY2(!d->nameZh.isEmpty() && !d->nameEn.isEmpty() && !d->group.isEmpty(), qPrintable(id));
    }
}

// $REPORTLENS_CATALOG adds an indicator to the built-in ones; the default extractor uses it.
void TestIndicatorCatalog::userOverrideExtendsShared()
{
    QCOMPARE(IndicatorCatalog::userCatalogPath(), m_userFile);
    const IndicatorCatalog &shared = IndicatorCatalog::shared();
    QCOMPARE(IndicatorCatalog::sharedLoadError(), QString());
    QVERIFY(shared.find(QStringLiteral("job_fairs")));
    QVERIFY(shared.find(QStringLiteral("dispute_cases")));
    QCOMPARE(shared.source(), m_userFile);
    const rl::ExtractionResult r =
        rl::IndicatorExtractor().extract(QStringLiteral("全年举办招聘会42场,受理劳动争议案件90件。"), {});
    QCOMPARE(r.observations.size(), 2);
    QCOMPARE(r.observations.at(0).id, QStringLiteral("job_fairs"));
    QCOMPARE(r.observations.at(0).value, 42.0);
    QCOMPARE(r.observations.at(1).id, QStringLiteral("dispute_cases"));
}

void TestIndicatorCatalog::replacingFile()
{
    QString error;
    const auto c = IndicatorCatalog::fromJson(
        R"({"indicators": [{"id": "only_one", "unit": "件", "recognisers": [{"subjects": ["案件"]}]}]})", &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->ids(), QStringList{QStringLiteral("only_one")});
    QCOMPARE(c->find(QStringLiteral("only_one"))->units, QStringList{QStringLiteral("件")});
    QVERIFY(!c->find(QStringLiteral("dispute_cases")));
}

void TestIndicatorCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"indicators\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("no indicators") << QByteArray("{\"version\": 1}") << QStringLiteral("\"indicators\"");
    QTest::newRow("no id") << QByteArray(R"({"indicators": [{"unit": "件"}]})") << QStringLiteral("no \"id\"");
    QTest::newRow("no unit") << QByteArray(R"({"indicators": [{"id": "a"}]})") << QStringLiteral("no \"unit\"");
    QTest::newRow("duplicate id")
        << QByteArray(R"({"indicators": [{"id": "a", "unit": "件"}, {"id": "a", "unit": "件"}]})")
        << QStringLiteral("defined twice");
    QTest::newRow("subjects not strings")
        << QByteArray(R"({"indicators": [{"id": "a", "unit": "件", "recognisers": [{"subjects": [1]}]}]})")
        << QStringLiteral("\"subjects\"");
    QTest::newRow("empty recogniser")
        << QByteArray(R"({"indicators": [{"id": "a", "unit": "件", "recognisers": [{}]}]})")
        << QStringLiteral("needs \"subjects\" or \"measures\"");
    QTest::newRow("derived from unknown ids")
        << QByteArray(R"({"indicators": [{"id": "a", "unit": "%"}], "derived": [{"id": "a", "numerator": "x", "denominator": "y"}]})")
        << QStringLiteral("unknown indicator");
}

void TestIndicatorCatalog::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    const auto c = IndicatorCatalog::fromJson(json, &error);
    QVERIFY(!c);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestIndicatorCatalog::missingFile()
{
    QString error;
    QVERIFY(!IndicatorCatalog::fromFile(m_dir.filePath(QStringLiteral("absent.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot open")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestIndicatorCatalog)
#include "tst_indicatorcatalog.moc"
