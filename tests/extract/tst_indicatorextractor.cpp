// Why: attribution is where an extractor goes wrong — a figure must take the indicator its own
// clause names, breakdowns must not pose as totals, and every figure must point back at exactly
// the text it came from. Sentences are written for these tests, not taken from real reports.
#include "extract/IndicatorCatalog.h"
#include "extract/IndicatorExtractor.h"

#include <QTest>

using rl::ExtractionResult;
using rl::IndicatorExtractor;
using rl::Observation;

namespace {

// "id=value" with optional flags: "~" approx, "d" derived, "p" part (e.g. "litigation_cases=9 p").
QString describe(const Observation &o)
{
    QString s = o.id + QLatin1Char('=') + QString::number(o.value, 'g', 12);
    QString flags;
    if (o.approx)
        flags += QLatin1Char('~');
    if (o.derived)
        flags += QLatin1Char('d');
    if (o.isPart)
        flags += QLatin1Char('p');
    if (!flags.isEmpty())
        s += QLatin1Char(' ') + flags;
    return s;
}

QStringList describeAll(const ExtractionResult &r)
{
    QStringList out;
    for (const Observation &o : r.observations)
        out << describe(o);
    return out;
}

} // namespace

class TestIndicatorExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attribution_data();
    void attribution();
    void provenance();
    void sectionAndPlans();
    void headingNamesTheTopic();
    void warnings_data();
    void warnings();
    void customCatalog();
    void invariantsOnScrambledText();
};

void TestIndicatorExtractor::attribution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");   // exactly these, in text order

    // Four figures, four indicators: the subject carries into 办结, 其中 opens the mediation bodies.
    QTest::newRow("own clause, carried subject")
        << QStringLiteral("全年共受理劳动人事争议案件5120件,办结4870件。其中,各级调解组织受理3300件,调解成功2640件。")
        << QStringList{QStringLiteral("dispute_cases=5120"), QStringLiteral("dispute_closed=4870"),
                       QStringLiteral("mediation_cases=3300"), QStringLiteral("mediation_rate=80 d"),
                       QStringLiteral("mediation_success=2640")};
    QTest::newRow("an actor before its own verb outranks the object")
        << QStringLiteral("全区劳动人事争议调解组织共受理争议案件730件。")
        << QStringList{QStringLiteral("mediation_cases=730")};
    QTest::newRow("parts joined by a pause mark are summed")
        << QStringLiteral("承办人大代表建议9件、政协提案14件,均按时办结。")
        << QStringList{QStringLiteral("deputy_proposals=9 p"), QStringLiteral("deputy_proposals=23 d"),
                       QStringLiteral("deputy_proposals=14 p")};
    QTest::newRow("recovery verb earlier in the sentence")
        << QStringLiteral("全年追回工资待遇860万元,涉及劳动者1500人。受理劳动争议案件200件,涉及劳动者600人。")
        << QStringList{QStringLiteral("wages_recovered=8600000"), QStringLiteral("wage_workers=1500"),
                       QStringLiteral("dispute_cases=200")};
    QTest::newRow("vocational training is not legal education")
        << QStringLiteral("开展职业技能培训1.5万人次,举办创业培训班30期。组织民法典专题讲座6场,培训干部800人次。")
        << QStringList{QStringLiteral("law_training_sessions=6"), QStringLiteral("law_training_participants=800")};
    QTest::newRow("mediation bodies mediating")
        << QStringLiteral("各级调解组织调解劳动争议案件1300件,调解组织调解成功1040件。")
        << QStringList{QStringLiteral("mediation_cases=1300"), QStringLiteral("mediation_rate=80 d"),
                       QStringLiteral("mediation_success=1040")};
    QTest::newRow("licences of a named kind")
        << QStringLiteral("办理人力资源服务许可38件。")
        << QStringList{QStringLiteral("license_cases=38")};
    QTest::newRow("inspection visits")
        << QStringLiteral("全年共检查用人单位2100户次。")
        << QStringList{QStringLiteral("inspections=2100")};
    QTest::newRow("nearest subject wins over the first keyword")
        << QStringLiteral("各调解组织和仲裁机构共受理劳动争议案件900件。")
        << QStringList{QStringLiteral("dispute_cases=900")};
    QTest::newRow("stated rate wins over derived")
        << QStringLiteral("调解组织受理案件200件,调解成功150件,调解成功率为76%。")
        << QStringList{QStringLiteral("mediation_cases=200"), QStringLiteral("mediation_success=150"),
                       QStringLiteral("mediation_rate=76")};
    QTest::newRow("filed, not filed, closed, rates")
        << QStringLiteral("受理劳动人事争议案件410件(立案处理180件,非立案处理230件)。立案处理的180件中,已结案172件,"
                          "仲裁结案率为95.6%,其中调解结案90件,调解成功率为52.3%。")
        << QStringList{QStringLiteral("dispute_cases=410"), QStringLiteral("arbitration_filed=180"),
                       QStringLiteral("dispute_closed=172"), QStringLiteral("arbitration_closure_rate=95.6"),
                       QStringLiteral("mediation_success=90"), QStringLiteral("mediation_rate=52.3")};
    QTest::newRow("instances are parts")
        << QStringLiteral("全年发生一审行政诉讼案件15件,审结12件。二审9件,再审2件。")
        << QStringList{QStringLiteral("litigation_cases=15"), QStringLiteral("litigation_cases=9 p"),
                       QStringLiteral("litigation_cases=2 p")};
    QTest::newRow("instances in an aside do not make the total a part")
        << QStringLiteral("共办理行政复议案件31宗,行政诉讼应诉(一审、二审、再审)案件77宗。")
        << QStringList{QStringLiteral("reconsideration_cases=31"), QStringLiteral("litigation_cases=77")};
    QTest::newRow("breakdown after qizhong is a part")
        << QStringLiteral("核处欠薪案件620件,其中欠薪线索410件。")
        << QStringList{QStringLiteral("wage_arrears_cases=620"), QStringLiteral("wage_arrears_cases=410 p")};
    QTest::newRow("breakdown in a han parenthesis is a part")
        << QStringLiteral("核处欠薪问题700件(含网络平台转办线索300件)。")
        << QStringList{QStringLiteral("wage_arrears_cases=700"), QStringLiteral("wage_arrears_cases=300 p")};
    QTest::newRow("suggestions plus proposals are summed")
        << QStringLiteral("办理人大代表建议12件,政协委员提案17件,按时办结率100%。")
        << QStringList{QStringLiteral("deputy_proposals=12 p"), QStringLiteral("deputy_proposals=29 d"),
                       QStringLiteral("deputy_proposals=17 p")};
    QTest::newRow("kinds of documents are summed, the verb carries")
        << QStringLiteral("年内制定市政府规范性文件3份,部门规范性文件6份。")
        << QStringList{QStringLiteral("normative_documents=3 p"), QStringLiteral("normative_documents=9 d"),
                       QStringLiteral("normative_documents=6 p")};
    QTest::newRow("a stated total is not summed again")
        << QStringLiteral("共办理人大代表建议和政协提案40件,其中主办15件,会办25件。")
        << QStringList{QStringLiteral("deputy_proposals=40"), QStringLiteral("deputy_proposals=15 p"),
                       QStringLiteral("deputy_proposals=25 p")};
    QTest::newRow("reviewed documents are not issued documents")
        << QStringLiteral("完成对58份现行有效规范性文件的清理,共梳理部门规范性文件40份。")
        << QStringList{};
    QTest::newRow("replies are not requests")
        << QStringLiteral("共收到政府信息公开申请63件,答复61件。")
        << QStringList{QStringLiteral("info_requests=63")};
    QTest::newRow("other verbs after the subject")
        << QStringLiteral("收到行政复议案件18件,审结16件,无纠错案件。")
        << QStringList{QStringLiteral("reconsideration_cases=18"), QStringLiteral("reconsideration_corrected=0")};
    QTest::newRow("zero forms")
        << QStringLiteral("全年行政诉讼无败诉。年度内未发生行政复议案件。")
        << QStringList{QStringLiteral("litigation_lost=0"), QStringLiteral("reconsideration_cases=0")};
    QTest::newRow("a negation of the outcome is not a negation of the cases")
        << QStringLiteral("全年未发生行政诉讼案件败诉情况,无行政复议案件被纠错。")
        << QStringList{QStringLiteral("litigation_lost=0"), QStringLiteral("reconsideration_corrected=0")};
    QTest::newRow("zero by words, count by figure")
        << QStringLiteral("发生行政诉讼案件6宗,败诉1宗,新发生行政诉讼案件降为0件。")
        << QStringList{QStringLiteral("litigation_cases=6"), QStringLiteral("litigation_lost=1"),
                       QStringLiteral("litigation_cases=0")};
    QTest::newRow("wages, workers, closure rate")
        << QStringLiteral("核处欠薪问题830件,为2100名劳动者追回工资2150.8万元,欠薪案件结案率98.1%。")
        << QStringList{QStringLiteral("wage_arrears_cases=830"), QStringLiteral("wage_workers=2100"),
                       QStringLiteral("wages_recovered=21508000"), QStringLiteral("wage_arrears_closure_rate=98.1")};
    QTest::newRow("leads carry the arrears subject of the sentence before")
        << QStringLiteral("提升欠薪线索处置效率。全年接收线索960起,办结率97.5%、解决率70.2%。")
        << QStringList{QStringLiteral("wage_arrears_cases=960"), QStringLiteral("wage_arrears_closure_rate=97.5")};
    QTest::newRow("hedged figures")
        << QStringLiteral("开展普法宣传活动20余次,培训执法人员60余人次,线上线下共培训约4.2万人次。")
        << QStringList{QStringLiteral("law_training_sessions=20 ~"), QStringLiteral("law_training_participants=60 ~"),
                       QStringLiteral("law_training_participants=42000 ~")};
    QTest::newRow("inspected employers, households and firms")
        << QStringLiteral("主动监察用人单位340户,抽查企业25家。")
        << QStringList{QStringLiteral("inspections=340"), QStringLiteral("inspections=25")};
    QTest::newRow("enforcement publicity, licences")
        << QStringLiteral("公示行政处罚案件信息48宗、行政许可信息260宗。全年办结行政许可55件。")
        << QStringList{QStringLiteral("penalty_cases=48"), QStringLiteral("license_cases=260"),
                       QStringLiteral("license_cases=55")};
    QTest::newRow("head appearance, petitions")
        << QStringLiteral("行政机关负责人出庭应诉率达100%。接收办理来信信访件1450宗,办结1400宗。")
        << QStringList{QStringLiteral("head_appearance_rate=100"), QStringLiteral("petitions=1450")};
    QTest::newRow("non-values: years, changes, ranks, ratios, documents")
        << QStringLiteral("2022年,依照〔2019〕12号文件,全市行政争议案件较2021年减少80余件,降幅达60%,"
                          "受理劳动争议案件同比增长12%,调解与仲裁结案比为1.5比1,位居全省第一。")
        << QStringList{};
    QTest::newRow("a figure after a quoted name counts that name")
        << QStringLiteral("办结人大代表建议“回头看”3件。")
        << QStringList{};
    QTest::newRow("a figure naming another object")
        << QStringLiteral("收到政协提案30件。主动公开9件答复文书。")
        << QStringList{QStringLiteral("deputy_proposals=30")};
    QTest::newRow("targets are not results")
        << QStringLiteral("确保行政机关负责人出庭应诉率达100%。")
        << QStringList{};
    QTest::newRow("unrelated figures stay out")
        << QStringLiteral("发放宣传资料5000余份,惠及12.5万家企业,开展专项行动6次,化解劳资纠纷40宗。")
        << QStringList{};
    QTest::newRow("employment, insurance and talent figures stay out")
        << QStringLiteral("全年城镇新增就业1.8万人,开展补贴性职业技能培训2.6万人次,举办招聘会64场。追回违规领取养老金41.2万元,"
                          "核查企业900家。劳动争议诉讼案件37件,法院审结劳动争议案件210件。全市共有人力资源服务机构280家。")
        << QStringList{};
    QTest::newRow("lines wrapped inside a sentence (PDF text)")
        << QStringLiteral("一、主要工作\n全年各级劳动人事争议仲裁机构共受理劳动人事争议案件\n2210件,办结2105件。我局全年共办理行政复议案件\n16件。\n")
        << QStringList{QStringLiteral("dispute_cases=2210"), QStringLiteral("dispute_closed=2105"),
                       QStringLiteral("reconsideration_cases=16")};
    QTest::newRow("a heading line is not wrapped text")
        << QStringLiteral("(二)行政复议案件的办理情况与分析说明\n办结12件。\n")
        << QStringList{};
    QTest::newRow("one figure for two indicators side by side")
        << QStringLiteral("全年发生行政复议、行政诉讼案件11件。共办结人大代表建议、政协提案21件。")
        << QStringList{QStringLiteral("deputy_proposals=21")};
    QTest::newRow("last year's figure is not this year's")
        << QStringLiteral("全年受理劳动争议案件960件,较上年的880件增加80件。上年度结转劳动争议案件30件。")
        << QStringList{QStringLiteral("dispute_cases=960")};
    QTest::newRow("filed for arbitration, named by the dispute")
        << QStringLiteral("劳动人事争议仲裁案件立案540件,结案515件。全年共立案受理劳动人事争议案件900件。")
        << QStringList{QStringLiteral("arbitration_filed=540"), QStringLiteral("dispute_closed=515"),
                       QStringLiteral("dispute_cases=900")};
    QTest::newRow("chinese numerals")
        << QStringLiteral("全年办理行政复议案件十二件,举办普法讲座两场。")
        << QStringList{QStringLiteral("reconsideration_cases=12"), QStringLiteral("law_training_sessions=2")};
    QTest::newRow("full-width digits")
        << QStringLiteral("共受理劳动争议案件３２０１件。")
        << QStringList{QStringLiteral("dispute_cases=3201")};
}

void TestIndicatorExtractor::attribution()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ExtractionResult r = IndicatorExtractor().extract(text, {});
    QCOMPARE(describeAll(r), expected);
    // Provenance: the quote is the text at offset/length (derived figures name their parts instead).
    for (const Observation &o : r.observations) {
        QVERIFY(o.offset >= 0 && o.length > 0 && o.offset + o.length <= text.size());
        if (!o.derived)
            QCOMPARE(text.mid(o.offset, o.length), o.quote);
    }
}

void TestIndicatorExtractor::provenance()
{
    const QString text = QStringLiteral("2023年,共办理行政复议案件88宗,行政诉讼应诉案件19宗。");
    const ExtractionResult r = IndicatorExtractor().extract(text, {});
    QCOMPARE(r.observations.size(), 2);
    const Observation &o = r.observations.first();
    QCOMPARE(o.id, QStringLiteral("reconsideration_cases"));
    QCOMPARE(o.unit, QStringLiteral("件"));   // 宗 is counted in the catalog unit
    QCOMPARE(o.quote, QStringLiteral("共办理行政复议案件88宗"));
    QCOMPARE(o.offset, text.indexOf(QStringLiteral("共办理")));
    QCOMPARE(o.length, o.quote.size());
    // Money in 元, the sum quote names its parts.
    const ExtractionResult money = IndicatorExtractor().extract(QStringLiteral("为农民工追回工资1.2亿元。"), {});
    QCOMPARE(money.observations.size(), 1);
    QCOMPARE(money.observations.first().value, 120000000.0);
    QCOMPARE(money.observations.first().unit, QStringLiteral("元"));
    const ExtractionResult sum = IndicatorExtractor().extract(QStringLiteral("办理人大代表建议5件,政协委员提案7件。"), {});
    const auto derived = std::find_if(sum.observations.begin(), sum.observations.end(), [](const Observation &x) { return x.derived; });
    QVERIFY(derived != sum.observations.end());
    QVERIFY(derived->quote.contains(QStringLiteral("人大代表建议5件")));
    QVERIFY(derived->quote.contains(QStringLiteral("政协委员提案7件")));
}

// Figures carry their section path; figures in a plan section are targets and are left out.
void TestIndicatorExtractor::sectionAndPlans()
{
    const QString head1 = QStringLiteral("一、工作成效\n");
    const QString body1 = QStringLiteral("全年共受理劳动争议案件300件。\n");
    const QString head2 = QStringLiteral("二、下一步工作计划\n");
    const QString body2 = QStringLiteral("力争受理劳动争议案件400件,办结380件。\n");
    const QString text = head1 + body1 + head2 + body2;
    rl::Outline outline;
    rl::Section s1;
    s1.marker = QStringLiteral("一、");
    s1.title = QStringLiteral("工作成效");
    s1.start = 0;
    s1.end = head1.size() + body1.size();
    rl::Section s2;
    s2.marker = QStringLiteral("二、");
    s2.title = QStringLiteral("下一步工作计划");
    s2.start = s1.end;
    s2.end = text.size();
    outline << s1 << s2;
    const ExtractionResult r = IndicatorExtractor().extract(text, outline);
    QCOMPARE(describeAll(r), QStringList{QStringLiteral("dispute_cases=300")});
    QCOMPARE(r.observations.first().section, QStringList{QStringLiteral("一、工作成效")});
}

// A paragraph that only says 结案1450件 takes its subject from its section's heading.
void TestIndicatorExtractor::headingNamesTheTopic()
{
    const QString head = QStringLiteral("(二)劳动人事争议处理\n");
    const QString body = QStringLiteral("全年共受理案件1500件,结案1450件。\n");
    const QString text = head + body;
    rl::Section s;
    s.marker = QStringLiteral("(二)");
    s.title = QStringLiteral("劳动人事争议处理");
    s.start = 0;
    s.end = text.size();
    const ExtractionResult r = IndicatorExtractor().extract(text, rl::Outline{s});
    QCOMPARE(describeAll(r), (QStringList{QStringLiteral("dispute_cases=1500"), QStringLiteral("dispute_closed=1450")}));
    // Without the outline nothing names the cases.
    QCOMPARE(describeAll(IndicatorExtractor().extract(text, {})), QStringList{});
}

void TestIndicatorExtractor::warnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fragments");   // each must occur in some warning
    QTest::newRow("closed more than received")
        << QStringLiteral("受理劳动争议案件100件,办结120件。")
        << QStringList{QStringLiteral("dispute_closed (120)"), QStringLiteral("dispute_cases (100)")};
    QTest::newRow("rate over 100")
        << QStringLiteral("仲裁结案率为104%。") << QStringList{QStringLiteral("arbitration_closure_rate is 104%")};
    QTest::newRow("stated rate against its counts")
        << QStringLiteral("调解组织受理200件,调解成功100件,调解成功率为60%。")
        << QStringList{QStringLiteral("mediation_rate is stated as 60 but its counts give 50")};
    QTest::newRow("two values for one id")
        << QStringLiteral("共办理行政复议案件20件。全年收到行政复议案件25件。")
        << QStringList{QStringLiteral("reconsideration_cases has different values in this report: 20, 25")};
    QTest::newRow("consistent report has none") << QStringLiteral("受理劳动争议案件100件,办结90件。") << QStringList{};
}

void TestIndicatorExtractor::warnings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fragments);
    const ExtractionResult r = IndicatorExtractor().extract(text, {});
    if (fragments.isEmpty())
        QCOMPARE(r.warnings, QStringList{});
    for (const QString &f : fragments) {
        const bool found = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const QString &w) { return w.contains(f); });
        QVERIFY2(found, qPrintable(f + QLatin1String(" not in: ") + r.warnings.join(QLatin1String(" | "))));
    }
}

// A catalog given to the constructor is used instead of the shared one: a new phrasing is data.
void TestIndicatorExtractor::customCatalog()
{
    QString error;
    const auto catalog = rl::IndicatorCatalog::fromJson(
        QByteArrayLiteral(R"({"indicators":[{"id":"job_fairs","unit":"场","units":["场"],
            "recognisers":[{"subjects":["招聘会"],"measures":["举办"]}]}]})"),
        &error);
    QVERIFY2(catalog, qPrintable(error));
    const ExtractionResult r = IndicatorExtractor(*catalog).extract(QStringLiteral("全年举办招聘会36场,开展培训10场。"), {});
    QCOMPARE(describeAll(r), QStringList{QStringLiteral("job_fairs=36")});
}

// Scrambled pieces of report language (fixed seed): whatever comes out must point at real text.
void TestIndicatorExtractor::invariantsOnScrambledText()
{
    const QStringList pieces{
        QStringLiteral("受理劳动人事争议案件"), QStringLiteral("办结"), QStringLiteral("其中"), QStringLiteral("调解成功"),
        QStringLiteral("各级调解组织受理"), QStringLiteral("3,204"), QStringLiteral("17.5"), QStringLiteral("万"),
        QStringLiteral("件"), QStringLiteral("宗"), QStringLiteral("%"), QStringLiteral("余"), QStringLiteral("约"),
        QStringLiteral(","), QStringLiteral("。"), QStringLiteral("、"), QStringLiteral("("), QStringLiteral(")"),
        QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("\n"), QStringLiteral("无败诉"), QStringLiteral("人大代表建议"),
        QStringLiteral("政协提案"), QStringLiteral("规范性文件"), QStringLiteral("出台"), QStringLiteral("二审"),
        QStringLiteral("十余"), QStringLiteral("百分之"), QStringLiteral("2021年"), QStringLiteral("同比增长"), QStringLiteral("含"),
        QStringLiteral("行政诉讼"), QStringLiteral("追回工资"), QStringLiteral("元"), QStringLiteral("人次"), QStringLiteral("普法培训")};
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    int observed = 0;
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int n = int(next() % 80);
        for (int i = 0; i < n; ++i)
            text += pieces.at(int(next() % quint32(pieces.size())));
        const ExtractionResult r = IndicatorExtractor().extract(text, {});
        for (const Observation &o : r.observations) {
            QVERIFY(o.offset >= 0 && o.length > 0 && o.offset + o.length <= text.size());
            QVERIFY(!o.id.isEmpty() && !o.unit.isEmpty());
            if (!o.derived)
                QCOMPARE(text.mid(o.offset, o.length), o.quote);
            ++observed;
        }
    }
    QVERIFY(observed > 50);   // the scrambled text does produce figures to check
}

QTEST_APPLESS_MAIN(TestIndicatorExtractor)
#include "tst_indicatorextractor.moc"
