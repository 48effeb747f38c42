// Why: staff find a report by agency then year; agencies must be in the pinyin order a Chinese reader
// expects (not code-point order), unknowns last, newest year first, with counts, and filterable.
#include "ExpectedTree.h"
#include "models/LibraryTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rl;
using rl::test::ExpectedNode;
using rl::test::node;

Q_DECLARE_METATYPE(QList<rl::ReportSummary>)

namespace {

ReportSummary summary(qint64 id, const QString &agency, std::optional<int> year, const QString &title,
                      const QString &province = {})
{
    ReportSummary s;
    s.id = id;
    s.agency = agency;
    s.year = year;
    s.title = title;
    s.province = province;
    s.file = QStringLiteral("/tmp/r%1.txt").arg(id);
    s.observationCount = int(id);
    return s;
}

const QString kBeijing = QStringLiteral("北京市人力资源和社会保障局");   // bei
const QString kShanghai = QStringLiteral("上海市人力资源和社会保障局");  // shang (上 < 北 in code points)
const QString kShenzhen = QStringLiteral("深圳市人力资源和社会保障局");  // shen

} // namespace

class TestLibraryTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinyinOrder_data();
    void pinyinOrder();
    void tree_data();
    void tree();
    void roles();
    void filter();
};

void TestLibraryTreeModel::pinyinOrder_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("bei < shang") << QStringLiteral("北京") << QStringLiteral("上海");
    QTest::newRow("shang < shen") << QStringLiteral("上海") << QStringLiteral("深圳");
    QTest::newRow("an < zhong") << QStringLiteral("安徽") << QStringLiteral("重庆");
    QTest::newRow("guang < hai") << QStringLiteral("广东") << QStringLiteral("海南");
}

void TestLibraryTreeModel::pinyinOrder()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(LibraryTreeModel::pinyinLess(first, second));
    QVERIFY(!LibraryTreeModel::pinyinLess(second, first));
}

void TestLibraryTreeModel::tree_data()
{
    QTest::addColumn<QList<ReportSummary>>("reports");
    QTest::addColumn<QList<ExpectedNode>>("expected");

    QTest::newRow("empty") << QList<ReportSummary>{} << QList<ExpectedNode>{};
    QTest::newRow("pinyin agencies, newest year first")
        << QList<ReportSummary>{summary(1, kShanghai, 2021, QStringLiteral("上海2021")),
                                summary(2, kShenzhen, 2022, QStringLiteral("深圳2022")),
                                summary(3, kBeijing, 2021, QStringLiteral("北京2021")),
                                summary(4, kBeijing, 2023, QStringLiteral("北京2023")),
                                summary(5, kBeijing, 2022, QStringLiteral("北京2022"))}
        << QList<ExpectedNode>{
               node(kBeijing + QStringLiteral(" (3)"),
                    {node(QStringLiteral("2023 (1)"), {node(QStringLiteral("北京2023"))}),
                     node(QStringLiteral("2022 (1)"), {node(QStringLiteral("北京2022"))}),
                     node(QStringLiteral("2021 (1)"), {node(QStringLiteral("北京2021"))})}),
               node(kShanghai + QStringLiteral(" (1)"), {node(QStringLiteral("2021 (1)"), {node(QStringLiteral("上海2021"))})}),
               node(kShenzhen + QStringLiteral(" (1)"), {node(QStringLiteral("2022 (1)"), {node(QStringLiteral("深圳2022"))})}),
           };
    QTest::newRow("unknowns last, untitled shows the file")
        << QList<ReportSummary>{summary(1, QString(), 2020, QStringLiteral("无名")),
                                summary(2, kBeijing, std::nullopt, QString()),
                                summary(3, kBeijing, 2020, QStringLiteral("北京2020")),
                                summary(4, kBeijing, 2020, QStringLiteral("北京2020 补充"))}
        << QList<ExpectedNode>{
               node(kBeijing + QStringLiteral(" (3)"),
                    {node(QStringLiteral("2020 (2)"), {node(QStringLiteral("北京2020")), node(QStringLiteral("北京2020 补充"))}),
                     node(QStringLiteral("Unknown year (1)"), {node(QStringLiteral("r2.txt"))})}),
               node(QStringLiteral("Unknown agency (1)"), {node(QStringLiteral("2020 (1)"), {node(QStringLiteral("无名"))})}),
           };
}

void TestLibraryTreeModel::tree()
{
    QFETCH(QList<ReportSummary>, reports);
    QFETCH(QList<ExpectedNode>, expected);
    LibraryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports(reports);
    QCOMPARE(rl::test::compareTree(model, expected), QString());
    QCOMPARE(model.reportCount(), reports.size());
}

void TestLibraryTreeModel::roles()
{
    LibraryTreeModel model;
    model.setReports({summary(7, kShenzhen, 2022, QStringLiteral("深圳2022")),
                      summary(8, kShenzhen, 2021, QStringLiteral("深圳2021"))});
    const QModelIndex agency = model.index(0, 0);
    QCOMPARE(agency.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::AgencyNode));
    QCOMPARE(agency.data(LibraryTreeModel::CountRole).toInt(), 2);
    QCOMPARE(agency.data(LibraryTreeModel::ReportIdRole).toLongLong(), -1LL);
    const QModelIndex report = model.indexOfReport(8);
    QVERIFY(report.isValid());
    QCOMPARE(report.data().toString(), QStringLiteral("深圳2021"));
    QCOMPARE(report.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::ReportNode));
    QCOMPARE(report.data(LibraryTreeModel::ReportIdRole).toLongLong(), 8LL);
    QCOMPARE(report.parent().data().toString(), QStringLiteral("2021 (1)"));
    QCOMPARE(report.parent().parent(), agency);
    QVERIFY(!model.indexOfReport(99).isValid());
    QCOMPARE(model.summary(7)->title, QStringLiteral("深圳2022"));
}

void TestLibraryTreeModel::filter()
{
    // The dock filters through a recursive proxy: a match on a report keeps its agency and year.
    LibraryTreeModel model;
    model.setReports({summary(1, kShanghai, 2021, QStringLiteral("上海2021"), QStringLiteral("上海市")),
                      summary(2, kShenzhen, 2022, QStringLiteral("深圳2022"), QStringLiteral("广东省")),
                      summary(3, kBeijing, 2021, QStringLiteral("北京2021"), QStringLiteral("北京市"))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(LibraryTreeModel::FilterRole);
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("广东"));
    QCOMPARE(rl::test::compareTree(proxy, {node(kShenzhen + QStringLiteral(" (1)"),
                                                {node(QStringLiteral("2022 (1)"), {node(QStringLiteral("深圳2022"))})})}),
             QString());
    proxy.setFilterFixedString(QStringLiteral("2021"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_MAIN(TestLibraryTreeModel)
#include "tst_librarytreemodel.moc"
