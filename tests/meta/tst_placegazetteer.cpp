// Why: every place field of the metadata rests on the gazetteer; these pin its lookups, short names,
// hierarchy (直辖市, 县级市) and the mention scan against known facts of GB/T 2260.
#include "meta/PlaceGazetteer.h"

#include <QTest>

using rl::AgencyLevel;
using rl::PlaceGazetteer;

class TestPlaceGazetteer : public QObject
{
    Q_OBJECT

private:
    static const PlaceGazetteer &gaz() { return PlaceGazetteer::instance(); }

    static QStringList names(const QList<int> &places)
    {
        QStringList out;
        for (int p : places)
            out << gaz().at(p).name;
        return out;
    }

private Q_SLOTS:
    // The embedded table is complete: 31 provinces, ~333 prefectures, ~3000 county-level places.
    void loadsTheEmbeddedTable()
    {
        QVERIFY(gaz().size() > 3000);
        QCOMPARE(names(gaz().byName(u"广东省")), QStringList{QStringLiteral("广东省")});
        // Placeholder rows of the source (市辖区, 县) are not places.
        QVERIFY(gaz().byName(u"市辖区").isEmpty());
        QVERIFY(gaz().byName(u"县").isEmpty());
    }

    // Short names resolve to the full place, including autonomous names with ethnic parts.
    void shortNames_data()
    {
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("province") << "广东" << "广东省";
        QTest::newRow("autonomous region") << "广西" << "广西壮族自治区";
        QTest::newRow("municipality") << "上海" << "上海市";
        QTest::newRow("prefecture city") << "东莞" << "东莞市";
        QTest::newRow("district") << "宝安" << "宝安区";
        QTest::newRow("new area") << "浦东" << "浦东新区";
        QTest::newRow("autonomous prefecture") << "延边" << "延边朝鲜族自治州";
        QTest::newRow("two ethnic groups") << "海西" << "海西蒙古族藏族自治州";
    }
    void shortNames()
    {
        QFETCH(QString, shortName);
        QFETCH(QString, fullName);
        QVERIFY2(names(gaz().byShortName(shortName)).contains(fullName), qPrintable(shortName));
    }

    // One-character stems are never short names (城区 → 城 would match everywhere).
    void noOneCharacterShortNames()
    {
        QVERIFY(gaz().byShortName(u"城").isEmpty());
        QVERIFY(gaz().byShortName(u"郊").isEmpty());
    }

    // Hierarchy: province, city and level of an agency at each kind of place.
    void hierarchy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::addColumn<int>("level");
        QTest::newRow("province") << "四川省" << "四川省" << "" << int(AgencyLevel::Province);
        QTest::newRow("municipality is a province") << "重庆市" << "重庆市" << "" << int(AgencyLevel::Province);
        QTest::newRow("prefecture city") << "广元市" << "四川省" << "广元市" << int(AgencyLevel::City);
        QTest::newRow("district of a city") << "宝安区" << "广东省" << "深圳市" << int(AgencyLevel::District);
        QTest::newRow("district of a municipality") << "浦东新区" << "上海市" << "" << int(AgencyLevel::District);
        QTest::newRow("county") << "长兴县" << "浙江省" << "湖州市" << int(AgencyLevel::County);
        QTest::newRow("county-level city") << "义乌市" << "浙江省" << "金华市" << int(AgencyLevel::County);
        QTest::newRow("county-level city under a province") << "仙桃市" << "湖北省" << "" << int(AgencyLevel::County);
        QTest::newRow("banner") << "科尔沁左翼中旗" << "内蒙古自治区" << "通辽市" << int(AgencyLevel::County);
    }
    void hierarchy()
    {
        QFETCH(QString, name);
        QFETCH(QString, province);
        QFETCH(QString, city);
        QFETCH(int, level);
        const QList<int> found = gaz().byName(name);
        QCOMPARE(found.size(), 1);
        const int place = found.constFirst();
        QCOMPARE(gaz().at(gaz().provinceOf(place)).name, province);
        const int c = gaz().cityOf(place);
        QCOMPARE(c >= 0 ? gaz().at(c).name : QString(), city);
        QCOMPARE(int(gaz().levelOf(place)), level);
    }

    // A repeated district name answers every place of that name, in different cities.
    void repeatedNames()
    {
        const QList<int> gulou = gaz().byName(u"鼓楼区");
        QVERIFY(gulou.size() >= 3);
        QSet<int> cities;
        for (int p : gulou)
            cities.insert(gaz().cityOf(p));
        QCOMPARE(cities.size(), gulou.size());
        QVERIFY(gaz().byName(u"市中区").size() >= 4);
    }

    // The mention scan finds full names with their offsets and skips words that only look like places.
    void mentions()
    {
        const QString text = QStringLiteral("根据浙江省的部署,舟山市推进工作;城区学校与中山市场,宝山区域不算。");
        const QList<PlaceGazetteer::Mention> found = gaz().mentions(text);
        QStringList got;
        for (const auto &m : found)
            got << gaz().at(m.place).name + QLatin1Char('@') + QString::number(m.offset);
        QCOMPARE(got, (QStringList{QStringLiteral("浙江省@2"), QStringLiteral("舟山市@9")}));
    }

    // A repeated name is reported once per place, each saying how many places share it.
    void mentionOfRepeatedName()
    {
        const QList<PlaceGazetteer::Mention> found = gaz().mentions(u"在鼓楼区开展");
        QVERIFY(found.size() >= 3);
        for (const auto &m : found)
            QCOMPARE(m.alternatives, int(found.size()));
    }

    // A table given as text (the format scripts/make-places writes) is parsed with its hierarchy.
    void parsesTsv()
    {
        const PlaceGazetteer small(QStringLiteral(
            "# code\tname\tparent\tkind\n"
            "44\t广东省\t\tprovince\n"
            "4403\t深圳市\t44\tcity\n"
            "440306\t宝安区\t4403\tdistrict\n"));
        QCOMPARE(small.size(), 3);
        const int baoan = small.byName(u"宝安区").constFirst();
        QCOMPARE(small.at(small.cityOf(baoan)).name, QStringLiteral("深圳市"));
        QCOMPARE(small.at(small.provinceOf(baoan)).name, QStringLiteral("广东省"));
        const QList<int> baoanShort = small.byShortName(u"宝安");
        QCOMPARE(baoanShort.size(), 1);
        QCOMPARE(small.at(baoanShort.constFirst()).name, QStringLiteral("宝安区"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceGazetteer)
#include "tst_placegazetteer.moc"
