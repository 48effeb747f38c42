// Why: metadata is what the library groups and compares reports by; each source of each field
// (title, signature, 发布机构 row, opening sentence, labels, the gazetteer) is pinned here with short
// invented reports, including the cases where the right answer is "unknown".
#include "meta/MetadataDetector.h"
#include "meta/PublicationDateFinder.h"
#include "meta/ReportYearFinder.h"

#include <QTest>

using rl::AgencyLevel;
using rl::MetadataDetector;
using rl::RawDocument;
using rl::ReportMeta;

namespace {
const QString kBody = QStringLiteral("一、加强组织领导\n(一)健全工作机制。全年办理行政复议案件12件。\n二、下一步工作打算\n继续推进依法行政。\n");
}

class TestMetadataDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("titleHint");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("district");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("year");          // 0: unknown
        QTest::addColumn<QString>("published"); // empty: unknown

        QTest::newRow("agency and year from the title, labelled date")
            << QString("佛山市人力资源和社会保障局2021年法治政府建设年度报告\n时间:2022-02-15 10:00 来源:本网\n"
                       "  我局坚持依法行政,现将有关情况报告如下:\n" + kBody)
            << "" << "佛山市人力资源和社会保障局2021年法治政府建设年度报告"
            << "佛山市人力资源和社会保障局" << "广东省" << "佛山市" << "" << int(AgencyLevel::City) << 2021
            << "2022-02-15";

        QTest::newRow("closing signature with its date")
            << QString("2022年法治政府建设情况报告\n2022年,我局坚持以法治思维推动工作。\n" + kBody
                       + "\n南京市鼓楼区人力资源和社会保障局\n2023年1月10日\n")
            << "" << "2022年法治政府建设情况报告"
            << "南京市鼓楼区人力资源和社会保障局" << "江苏省" << "南京市" << "鼓楼区" << int(AgencyLevel::District)
            << 2022 << "2023-01-10";

        QTest::newRow("发布机构 row, abbreviated and nothing fuller")
            << QString("索引号 | 11320500000 |\n发布机构 | 苏州市人社局 |\n发布时间 | 2022-03-01 |\n"
                       "2021年法治政府建设工作报告\n2021年,我局持续推进法治政府建设,取得积极成效。\n" + kBody)
            << "" << "2021年法治政府建设工作报告"
            << "苏州市人社局" << "江苏省" << "苏州市" << "" << int(AgencyLevel::City) << 2021 << "2022-03-01";

        QTest::newRow("abbreviation replaced by the full name of the opening sentence")
            << QString("发布机构 | 苏州市人社局 |\n2021年法治政府建设工作报告\n"
                       "2021年,苏州市人力资源和社会保障局坚持依法行政,各项工作取得新成效。\n" + kBody)
            << "" << "2021年法治政府建设工作报告"
            << "苏州市人力资源和社会保障局" << "江苏省" << "苏州市" << "" << int(AgencyLevel::City) << 2021 << "";

        QTest::newRow("opening sentence, district completed with its city")
            << QString("2022年,余杭区人力资源和社会保障局以法治建设为引领,扎实推进各项工作。现将有关情况报告如下:\n" + kBody)
            << "" << ""
            << "杭州市余杭区人力资源和社会保障局" << "浙江省" << "杭州市" << "余杭区" << int(AgencyLevel::District)
            << 2022 << "";

        QTest::newRow("a superior agency in the opening sentence is not the author")
            << QString("2021年,在广东省人力资源和社会保障厅的指导下,我局深入推进依法行政。\n" + kBody)
            << "" << "" << "" << "" << "" << "" << int(AgencyLevel::Unknown) << 2021 << "";

        QTest::newRow("municipality's own bureau is province level")
            << QString("重庆市人力资源和社会保障局2021年度法治政府建设情况报告\n" + kBody)
            << "" << "重庆市人力资源和社会保障局2021年度法治政府建设情况报告"
            << "重庆市人力资源和社会保障局" << "重庆市" << "" << "" << int(AgencyLevel::Province) << 2021 << "";

        QTest::newRow("municipality's district: province completed, city null")
            << QString("海淀区人力资源和社会保障局2020年法治政府建设年度报告\n" + kBody)
            << "" << "海淀区人力资源和社会保障局2020年法治政府建设年度报告"
            << "北京市海淀区人力资源和社会保障局" << "北京市" << "" << "海淀区" << int(AgencyLevel::District)
            << 2020 << "";

        QTest::newRow("county-level city is county level and not completed")
            << QString("义乌市人力资源和社会保障局2021年法治政府建设工作报告\n" + kBody)
            << "" << "义乌市人力资源和社会保障局2021年法治政府建设工作报告"
            << "义乌市人力资源和社会保障局" << "浙江省" << "金华市" << "义乌市" << int(AgencyLevel::County)
            << 2021 << "";

        QTest::newRow("repeated district name without context: city stays null")
            << QString("鼓楼区人力资源和社会保障局2021年法治政府建设年度报告\n2021年,我局坚持依法行政。\n" + kBody)
            << "" << "鼓楼区人力资源和社会保障局2021年法治政府建设年度报告"
            << "鼓楼区人力资源和社会保障局" << "" << "" << "鼓楼区" << int(AgencyLevel::District) << 2021 << "";

        QTest::newRow("repeated district name decided by the city the text names")
            << QString("鼓楼区人力资源和社会保障局2021年法治政府建设年度报告\n"
                       "2021年,我局在福州市委市政府的领导下,落实福州市法治政府建设部署。\n" + kBody)
            << "" << "鼓楼区人力资源和社会保障局2021年法治政府建设年度报告"
            << "福州市鼓楼区人力资源和社会保障局" << "福建省" << "福州市" << "鼓楼区" << int(AgencyLevel::District)
            << 2021 << "";

        QTest::newRow("no agency: level from self-reference, places from mentions")
            << QString("2021年,我局在县委县政府的领导下,全县人社系统依法行政水平明显提升。\n"
                       "一、加强统筹\n落实浙江省和丽水市的部署,在浙江政务服务网公示。丽水市召开会议,全县参加。\n")
            << "" << "" << "" << "浙江省" << "丽水市" << "" << int(AgencyLevel::County) << 2021 << "";

        QTest::newRow("no agency: a district the text keeps naming")
            << QString("2022年,我局在区委区政府的领导下,全区人社系统依法行政。\n"
                       "一、加强统筹\n落实江苏省部署,江宁区人社系统推进,江宁区完成目标,江宁区群众满意。\n")
            << "" << "" << "" << "江苏省" << "南京市" << "江宁区" << int(AgencyLevel::District) << 2022 << "";

        QTest::newRow("a date cell of a closing table is no signature")
            << QString("台州市人力资源和社会保障局2021年法治政府建设年度报告\n" + kBody
                       + "附表\n事项\n完成时间\n2021年12月31日\n备注\n无\n责任单位\n法规处\n")
            << "" << "台州市人力资源和社会保障局2021年法治政府建设年度报告"
            << "台州市人力资源和社会保障局" << "浙江省" << "台州市" << "" << int(AgencyLevel::City) << 2021 << "";

        QTest::newRow("a date alone at the very end signs")
            << QString("台州市人力资源和社会保障局2021年法治政府建设年度报告\n" + kBody + "2022年2月8日\n")
            << "" << "台州市人力资源和社会保障局2021年法治政府建设年度报告"
            << "台州市人力资源和社会保障局" << "浙江省" << "台州市" << "" << int(AgencyLevel::City) << 2021
            << "2022-02-08";

        QTest::newRow("a site banner and a footer sponsor are not the author")
            << QString("宁波市人民政府办公室\n首页\n2021年,我局在市委市政府的领导下,全市人社系统依法行政,落实宁波市部署,宁波市完成目标。\n"
                       + kBody + "主办单位\n宁波市人民政府办公室\n")
            << "" << "" << "" << "浙江省" << "宁波市" << "" << int(AgencyLevel::City) << 2021 << "";

        QTest::newRow("publication label outranks the date of writing")
            << QString("索引号 | 0001 |\n成文日期 | 2022-01-25 |\n发布日期 | 2022-02-03 |\n"
                       "金华市人力资源和社会保障局2021年法治政府建设年度报告\n" + kBody)
            << "" << "金华市人力资源和社会保障局2021年法治政府建设年度报告"
            << "金华市人力资源和社会保障局" << "浙江省" << "金华市" << "" << int(AgencyLevel::City) << 2021
            << "2022-02-03";

        QTest::newRow("a word before 人社局 is not a place")
            << QString("2021年,全市人社局系统坚持依法行政。\n" + kBody)
            << "" << "" << "" << "" << "" << "" << int(AgencyLevel::Unknown) << 2021 << "";

        QTest::newRow("cover letter: the report's own title, agency with alias dropped")
            << QString("关于报送《黄浦区人力资源和社会保障局(医疗保障局)2021年度法治政府建设情况报告》的报告\n"
                       "发布时间 | 2022-01-20 |\n区法治政府建设领导小组办公室:\n现将报告报送,请审阅。\n"
                       "黄浦区人力资源和社会保障局\n2022年1月18日\n" + kBody)
            << "" << "黄浦区人力资源和社会保障局(医疗保障局)2021年度法治政府建设情况报告"
            << "上海市黄浦区人力资源和社会保障局" << "上海市" << "" << "黄浦区" << int(AgencyLevel::District)
            << 2021 << "2022-01-20";

        QTest::newRow("web page title hint")
            << QString("一、主要工作\n东城区坚持依法行政。\n")
            << "东城区人力资源和社会保障局2020年法治政府建设年度报告_北京市东城区人民政府"
            << "东城区人力资源和社会保障局2020年法治政府建设年度报告"
            << "北京市东城区人力资源和社会保障局" << "北京市" << "" << "东城区" << int(AgencyLevel::District)
            << 2020 << "";

        QTest::newRow("signature dated in Chinese numerals, letterhead agency")
            << QString("天津市人力资源和社会保障局\n2021年法治政府建设年度报告\n2021年,我局坚持依法行政。\n" + kBody
                       + "天津市人力资源和社会保障局\n二〇二二年一月二十日\n")
            << "" << "天津市人力资源和社会保障局2021年法治政府建设年度报告"
            << "天津市人力资源和社会保障局" << "天津市" << "" << "" << int(AgencyLevel::Province) << 2021
            << "2022-01-20";

        QTest::newRow("explicit label wins over signature and loose dateline")
            << QString("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n发布日期:2024-01-05\n"
                       "广元市人力资源和社会保障局\n2023年法治政府建设工作年度报告\n2023年,我局坚持依法行政。\n" + kBody
                       + "广元市人力资源和社会保障局\n\n2023年12月26日\n")
            << "" << "2023年法治政府建设工作年度报告"
            << "广元市人力资源和社会保障局" << "四川省" << "广元市" << "" << int(AgencyLevel::City) << 2023
            << "2024-01-05";

        QTest::newRow("signature date wins over a loose dateline")
            << QString("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n广元市人力资源和社会保障局\n"
                       "2023年,我局坚持依法行政。\n" + kBody + "广元市人力资源和社会保障局\n\n2023年12月26日\n")
            << "" << "2023年法治政府建设工作年度报告"
            << "广元市人力资源和社会保障局" << "四川省" << "广元市" << "" << int(AgencyLevel::City) << 2023
            << "2023-12-26";

        QTest::newRow("a loose dateline when nothing else dates the report")
            << QString("法治政府建设工作年度报告\n政策法规科 2023-12-29\n我局坚持依法行政。\n" + kBody)
            << "" << "法治政府建设工作年度报告" << "" << "" << "" << "" << int(AgencyLevel::Unknown) << 0
            << "2023-12-29";

        QTest::newRow("year in Chinese numerals, signature and date on one line")
            << QString("嘉兴市人力资源和社会保障局二〇二一年度法治政府建设工作报告\n我局坚持依法行政。\n" + kBody
                       + "嘉兴市人力资源和社会保障局 2022年1月5日\n")
            << "" << "嘉兴市人力资源和社会保障局二〇二一年度法治政府建设工作报告"
            << "嘉兴市人力资源和社会保障局" << "浙江省" << "嘉兴市" << "" << int(AgencyLevel::City) << 2021
            << "2022-01-05";

        QTest::newRow("来源 row; a column name before the title")
            << QString("法治政府建设报告\n绍兴市2021年法治政府建设工作报告\n【发布时间:2022-02-08】 来源:绍兴市人力资源和社会保障局\n"
                       "我局坚持依法行政。\n" + kBody)
            << "" << "绍兴市2021年法治政府建设工作报告"
            << "绍兴市人力资源和社会保障局" << "浙江省" << "绍兴市" << "" << int(AgencyLevel::City) << 2021
            << "2022-02-08";

        QTest::newRow("short place name shared by ranks means the higher rank")
            << QString("西安人社局2021年法治政府建设年度报告\n" + kBody)
            << "" << "西安人社局2021年法治政府建设年度报告"
            << "西安市人社局" << "陕西省" << "西安市" << "" << int(AgencyLevel::City) << 2021 << "";

        QTest::newRow("web page title with a dash, a range inside kept")
            << QString("一、主要工作\n坚持依法行政。\n")
            << "长兴县人力资源和社会保障局2021年法治政府建设报告(2021-2025年规划落实) - 长兴县人民政府"
            << "长兴县人力资源和社会保障局2021年法治政府建设报告(2021-2025年规划落实)"
            << "长兴县人力资源和社会保障局" << "浙江省" << "湖州市" << "长兴县" << int(AgencyLevel::County) << 2021
            << "";

        QTest::newRow("reporting agency after 现将; signature above a page footer")
            << QString("按照有关要求,现将温州市人力资源和社会保障局2021年法治政府建设情况报告如下:\n" + kBody
                       + "温州市人力资源和社会保障局\n2022年1月28日\n网站地图\n联系我们\n主办:温州市人民政府办公室\n"
                         "版权所有\n备案号:浙ICP备00000000号\n技术支持:某公司\n")
            << "" << ""
            << "温州市人力资源和社会保障局" << "浙江省" << "温州市" << "" << int(AgencyLevel::City) << 2021
            << "2022-01-28";

        QTest::newRow("red-header letterhead, title naming no agency")
            << QString("龙岗区人力资源局文件\n深龙人社〔2022〕5号\n关于2021年法治政府建设工作情况的报告\n区委、区政府:\n"
                       "2021年,我局坚持依法行政。现将有关情况报告如下:\n" + kBody)
            << "" << "关于2021年法治政府建设工作情况的报告"
            << "深圳市龙岗区人力资源局" << "广东省" << "深圳市" << "龙岗区" << int(AgencyLevel::District) << 2021
            << "";

        QTest::newRow("title year beats a later year's heading")
            << QString("湖州市人力资源和社会保障局2023年法治政府建设年度报告\n"
                       "一、2022年法治政府建设中存在问题的改进情况\n2022年存在的问题已整改。2022年问题清单销号。\n"
                       "二、2024年工作计划\n2024年将继续推进。\n")
            << "" << "湖州市人力资源和社会保障局2023年法治政府建设年度报告"
            << "湖州市人力资源和社会保障局" << "浙江省" << "湖州市" << "" << int(AgencyLevel::City) << 2023 << "";
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, titleHint);
        QFETCH(QString, title);
        QFETCH(QString, agency);
        QFETCH(QString, province);
        QFETCH(QString, city);
        QFETCH(QString, district);
        QFETCH(int, level);
        QFETCH(int, year);
        QFETCH(QString, published);

        RawDocument hints;
        hints.titleHint = titleHint;
        const ReportMeta meta = MetadataDetector().detect(text, hints);
        QCOMPARE(meta.title, title);
        QCOMPARE(meta.agency, agency);
        QCOMPARE(meta.province, province);
        QCOMPARE(meta.city, city);
        QCOMPARE(meta.district, district);
        QCOMPARE(int(meta.level), level);
        QCOMPARE(meta.year.value_or(0), year);
        QCOMPARE(meta.published.toString(Qt::ISODate), published);
    }

    // An empty or title-less text yields nothing rather than guesses.
    void emptyText()
    {
        const ReportMeta meta = MetadataDetector().detect(QString(), RawDocument());
        QCOMPARE(meta, ReportMeta());
    }

    // The year fallback counts years outside 《》 and ranges, and never beyond the publication year.
    void mostFrequentYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("latest");   // 0: no bound
        QTest::addColumn<int>("year");     // 0: none
        QTest::newRow("clear leader") << "2021年开展培训。2021年办理案件。2020年相比。" << 0 << 2021;
        QTest::newRow("book titles and ranges do not count")
            << "《2025年规划》《2025年纲要》(2021-2025年)2021-2025年,2020年起,2020年底。" << 0 << 2020;
        QTest::newRow("tie is unknown") << "2021年如此。2022年如彼。" << 0 << 0;
        QTest::newRow("not after publication") << "2024年计划。2024年目标。2023年完成。2023年成效。2023年" << 2023 << 2023;
    }
    void mostFrequentYear()
    {
        QFETCH(QString, text);
        QFETCH(int, latest);
        QFETCH(int, year);
        const std::optional<int> bound = latest ? std::optional<int>(latest) : std::nullopt;
        QCOMPARE(rl::ReportYearFinder::mostFrequent(text, bound).value_or(0), year);
    }

    // Every written date form reads to the same day; impossible dates are not dates.
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("iso") << "2021-01-27 11:08" << "2021-01-27";
        QTest::newRow("slashes") << "2021/1/27" << "2021-01-27";
        QTest::newRow("chinese") << "2023年12月6日" << "2023-12-06";
        QTest::newRow("spaced") << "2022 年 1 月 30 日" << "2022-01-30";
        QTest::newRow("numerals") << "二〇二三年十二月二十六日" << "2023-12-26";
        QTest::newRow("invalid") << "2021-13-40" << "";
        QTest::newRow("range is no date") << "2021-2025年" << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        QCOMPARE(rl::PublicationDateFinder::firstDate(text).toString(Qt::ISODate), date);
    }
};

QTEST_GUILESS_MAIN(TestMetadataDetector)
#include "tst_metadatadetector.moc"
