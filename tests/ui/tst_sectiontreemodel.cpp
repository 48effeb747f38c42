// Why: the section dock is how staff move through a report; the tree must mirror the outline exactly and
// map any text offset back to the deepest section around it (the dock follows scrolling with it).
#include "ExpectedTree.h"
#include "models/SectionTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rl;
using rl::test::ExpectedNode;
using rl::test::node;

Q_DECLARE_METATYPE(rl::Outline)

namespace {

Section section(int level, const QString &marker, const QString &title, qsizetype start, qsizetype end,
                const QList<Section> &children = {})
{
    Section s;
    s.level = level;
    s.marker = marker;
    s.title = title;
    s.start = start;
    s.end = end;
    s.children = children;
    return s;
}

// 一、(一)(二) 二、 三、(一)1. — the shape of a typical report.
Outline typicalOutline()
{
    return {
        section(1, QStringLiteral("一、"), QStringLiteral("主要举措"), 10, 100,
                {section(2, QStringLiteral("(一)"), QStringLiteral("加强领导"), 20, 60),
                 section(2, QStringLiteral("(二)"), QStringLiteral("化解争议"), 60, 100)}),
        section(1, QStringLiteral("二、"), QStringLiteral("存在不足"), 100, 150),
        section(1, QStringLiteral("三、"), QStringLiteral("工作安排"), 150, 220,
                {section(2, QStringLiteral("(一)"), QStringLiteral("完善制度"), 160, 220,
                         {section(3, QStringLiteral("1."), QStringLiteral("规范文件"), 170, 220)})}),
    };
}

} // namespace

class TestSectionTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tree_data();
    void tree();
    void indexForOffset_data();
    void indexForOffset();
    void roles();
    void resetToEmpty();
};

void TestSectionTreeModel::tree_data()
{
    QTest::addColumn<Outline>("outline");
    QTest::addColumn<QList<ExpectedNode>>("expected");

    QTest::newRow("empty") << Outline{} << QList<ExpectedNode>{};
    QTest::newRow("flat") << Outline{section(1, QStringLiteral("一、"), QStringLiteral("甲"), 0, 5),
                                     section(1, QStringLiteral("二、"), QStringLiteral("乙"), 5, 9)}
                          << QList<ExpectedNode>{node(QStringLiteral("一、甲")), node(QStringLiteral("二、乙"))};
    QTest::newRow("typical") << typicalOutline()
                             << QList<ExpectedNode>{
                                    node(QStringLiteral("一、主要举措"),
                                         {node(QStringLiteral("(一)加强领导")), node(QStringLiteral("(二)化解争议"))}),
                                    node(QStringLiteral("二、存在不足")),
                                    node(QStringLiteral("三、工作安排"),
                                         {node(QStringLiteral("(一)完善制度"), {node(QStringLiteral("1.规范文件"))})}),
                                };
    QTest::newRow("unnumbered heading") << Outline{section(1, QString(), QStringLiteral("引言"), 0, 8)}
                                        << QList<ExpectedNode>{node(QStringLiteral("引言"))};
}

void TestSectionTreeModel::tree()
{
    QFETCH(Outline, outline);
    QFETCH(QList<ExpectedNode>, expected);
    SectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutline(outline);
    QCOMPARE(rl::test::compareTree(model, expected), QString());
    QCOMPARE(model.columnCount(), 1);
}

void TestSectionTreeModel::indexForOffset_data()
{
    QTest::addColumn<qlonglong>("offset");
    QTest::addColumn<QString>("expected");   // label of the deepest section, empty for none
    QTest::newRow("front matter") << 3LL << QString();
    QTest::newRow("heading start") << 10LL << QStringLiteral("一、主要举措");
    QTest::newRow("in child") << 25LL << QStringLiteral("(一)加强领导");
    QTest::newRow("child boundary") << 60LL << QStringLiteral("(二)化解争议");
    QTest::newRow("between parent and child") << 152LL << QStringLiteral("三、工作安排");
    QTest::newRow("third level") << 200LL << QStringLiteral("1.规范文件");
    QTest::newRow("past the end") << 220LL << QString();
}

void TestSectionTreeModel::indexForOffset()
{
    QFETCH(qlonglong, offset);
    QFETCH(QString, expected);
    SectionTreeModel model;
    model.setOutline(typicalOutline());
    const QModelIndex index = model.indexForOffset(offset);
    QCOMPARE(index.data().toString(), expected);
    QCOMPARE(index.isValid(), !expected.isEmpty());
}

void TestSectionTreeModel::roles()
{
    SectionTreeModel model;
    model.setOutline(typicalOutline());
    const QModelIndex third = model.index(0, 0, model.index(0, 0, model.index(2, 0)));
    QCOMPARE(third.data(SectionTreeModel::StartRole).toLongLong(), 170LL);
    QCOMPARE(third.data(SectionTreeModel::EndRole).toLongLong(), 220LL);
    QCOMPARE(third.data(SectionTreeModel::LevelRole).toInt(), 3);
    QCOMPARE(third.data(SectionTreeModel::MarkerRole).toString(), QStringLiteral("1."));
    QCOMPARE(third.data(SectionTreeModel::TitleRole).toString(), QStringLiteral("规范文件"));
    QCOMPARE(model.parent(model.parent(third)), model.index(2, 0));
}

void TestSectionTreeModel::resetToEmpty()
{
    // Opening another report replaces the tree; indexes into the old one must not survive.
    SectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutline(typicalOutline());
    QCOMPARE(model.rowCount(), 3);
    model.setOutline({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForOffset(50).isValid());
}

QTEST_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
