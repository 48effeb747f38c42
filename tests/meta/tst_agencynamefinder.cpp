// Why: the agency name is read backwards from its suffix through the gazetteer; these pin where a name
// starts and ends, which words are not places, and how a full official name is completed.
#include "meta/AgencyNameFinder.h"
#include "meta/PlaceGazetteer.h"

#include <QTest>

using rl::AgencyName;
using rl::AgencyNameFinder;
using rl::PlaceGazetteer;

class TestAgencyNameFinder : public QObject
{
    Q_OBJECT

private:
    static const AgencyNameFinder &finder()
    {
        static const AgencyNameFinder f(PlaceGazetteer::instance());
        return f;
    }

    // The full name when the place is unique, else the name as written.
    static QString full(const AgencyName &name)
    {
        if (!name.isValid())
            return {};
        const QList<int> places = name.places();
        return places.size() == 1 ? finder().fullName(name, places.constFirst()) : name.written;
    }

private Q_SLOTS:
    // The first name in running text, cut exactly at the places in front of the suffix.
    void findAll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<bool>("abbreviated");
        QTest::newRow("after a year") << "2023年,宝安区人力资源局以法治为引领" << "宝安区人力资源局"
                                      << "深圳市宝安区人力资源局" << false;
        QTest::newRow("city and district written") << "深圳市宝安区人力资源局" << "深圳市宝安区人力资源局"
                                                   << "深圳市宝安区人力资源局" << false;
        QTest::newRow("province written before city") << "由广东省东莞市人社局编制" << "广东省东莞市人社局"
                                                       << "广东省东莞市人社局" << true;
        QTest::newRow("alias dropped") << "《浦东新区人力资源和社会保障局(医疗保障局)2021年度报告》"
                                       << "浦东新区人力资源和社会保障局" << "上海市浦东新区人力资源和社会保障局" << false;
        QTest::newRow("short names written in full") << "宝安人社局" << "宝安人社局" << "深圳市宝安区人社局" << true;
        QTest::newRow("province department") << "四川省人力资源和社会保障厅" << "四川省人力资源和社会保障厅"
                                             << "四川省人力资源和社会保障厅" << false;
        QTest::newRow("county not completed") << "长兴县人力资源和社会保障局" << "长兴县人力资源和社会保障局"
                                              << "长兴县人力资源和社会保障局" << false;
        QTest::newRow("repeated name stays as written") << "市中区人力资源和社会保障局" << "市中区人力资源和社会保障局"
                                                        << "市中区人力资源和社会保障局" << false;
    }
    void findAll()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(QString, fullName);
        QFETCH(bool, abbreviated);
        const QList<AgencyName> names = finder().findAll(text);
        QVERIFY(!names.isEmpty());
        QCOMPARE(names.constFirst().written, written);
        QCOMPARE(full(names.constFirst()), fullName);
        QCOMPARE(names.constFirst().abbreviated, abbreviated);
    }

    // Suffixes without a place in front are no agency name: 我局, 市人社局, 全市人社局, 城区人社局.
    void noPlaceNoName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("city word") << "市人社局";
        QTest::newRow("whole city") << "全市人社局系统";
        QTest::newRow("province word") << "在省人力资源和社会保障厅指导下";
        QTest::newRow("weak district name") << "城区人社局";
        QTest::newRow("place unknown") << "某某区人力资源和社会保障局";
    }
    void noPlaceNoName()
    {
        QFETCH(QString, text);
        QVERIFY(finder().findAll(text).isEmpty());
    }

    // A line that is an agency name and nothing else (signatures, letterheads).
    void standalone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("signature") << "广元市人力资源和社会保障局" << "广元市人力资源和社会保障局";
        QTest::newRow("spaces and alias") << " 浦东新区人力资源和社会保障局 (医疗保障局) " << "上海市浦东新区人力资源和社会保障局";
        QTest::newRow("letterhead") << "龙岗区人力资源局文件" << "深圳市龙岗区人力资源局";
        QTest::newRow("other organisation") << "东莞市人民政府办公室" << "东莞市人民政府办公室";
        QTest::newRow("recipient with colon") << "东莞市人力资源和社会保障局:" << "";
        QTest::newRow("sentence") << "东莞市人力资源和社会保障局召开会议" << "";
        QTest::newRow("not starting with a place") << "中共东莞市人力资源和社会保障局党组" << "";
        QTest::newRow("only 文件") << "文件" << "";
        QTest::newRow("only an alias") << "(医保局)" << "";
        QTest::newRow("empty") << "" << "";
    }
    void standalone()
    {
        QFETCH(QString, line);
        QFETCH(QString, fullName);
        QCOMPARE(full(finder().standalone(line)), fullName);
    }

    // Only the acting agency of an opening sentence counts, not one it reports to or cites.
    void subject_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("after the year") << "2023年,宝安区人力资源局以习近平法治思想为指导。" << "深圳市宝安区人力资源局";
        QTest::newRow("after an adverbial clause") << "2021年,在区委区政府领导下,黄浦区人力资源和社会保障局坚持依法行政。"
                                                   << "上海市黄浦区人力资源和社会保障局";
        QTest::newRow("reporting sentence") << "现将东莞市人力资源和社会保障局2020年工作报告如下:"
                                            << "东莞市人力资源和社会保障局";
        QTest::newRow("governed by 在") << "2021年,在广东省人力资源和社会保障厅的指导下,我局推进工作。" << "";
        QTest::newRow("a document title") << "根据《舟山市人力资源和社会保障局行政执法办法》,我局推进工作。" << "";
        QTest::newRow("several agencies together") << "2021年,东莞市人社局、东莞市医保局联合开展执法检查。" << "";
        QTest::newRow("followed by 的") << "2021年,按照东莞市人力资源和社会保障局的部署,我局推进工作。" << "";
    }
    void subject()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, fullName);
        QCOMPARE(full(finder().subject(paragraph)), fullName);
    }
};

QTEST_GUILESS_MAIN(TestAgencyNameFinder)
#include "tst_agencynamefinder.moc"
