// Why: the figures table is where staff check and correct every number; it must show each flag, sort by
// value (not by text), and turn an edit into a correction request instead of silently changing the row.
#include "models/IndicatorTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rl;

Q_DECLARE_METATYPE(rl::Observation)

namespace {

Observation obs(const QString &id, double value, const QString &unit, qsizetype offset)
{
    Observation o;
    o.id = id;
    o.value = value;
    o.unit = unit;
    o.offset = offset;
    o.length = 6;
    o.libraryId = offset;   // distinct ids for the test
    o.quote = QStringLiteral("受理案件%1件").arg(value);
    o.section = {QStringLiteral("一、总体"), QStringLiteral("(一)争议")};
    return o;
}

} // namespace

class TestIndicatorTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void tester();
    void flags_data();
    void flags();
    void values_data();
    void values();
    void sortsByNumber();
    void editRequestsCorrection();
    void setObservationUpdatesRow();
};

void TestIndicatorTableModel::tester()
{
    IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObservations({obs(QStringLiteral("dispute_cases"), 100, QStringLiteral("件"), 10),
                           obs(QStringLiteral("mediation_rate"), 72.5, QStringLiteral("%"), 40)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(IndicatorTableModel::ColumnCount));
    model.setObservation(1, obs(QStringLiteral("mediation_rate"), 75, QStringLiteral("%"), 40));
    model.setObservations({});
    QCOMPARE(model.rowCount(), 0);
}

void TestIndicatorTableModel::flags_data()
{
    QTest::addColumn<Observation>("observation");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QString>("expected");

    Observation plain = obs(QStringLiteral("dispute_cases"), 10, QStringLiteral("件"), 1);
    QTest::newRow("plain") << plain << QStringList() << QString();
    Observation approx = plain;
    approx.approx = true;
    QTest::newRow("approx") << approx << QStringList() << QStringLiteral("approx.");
    Observation derived = plain;
    derived.derived = true;
    derived.corrected = true;
    derived.correctedValue = 12;
    QTest::newRow("derived+corrected") << derived << QStringList() << QStringLiteral("derived, corrected");
    QTest::newRow("warning") << plain << QStringList{QStringLiteral("dispute_closed > dispute_cases")}
                             << QStringLiteral("warning");
    QTest::newRow("warning about another id") << plain << QStringList{QStringLiteral("mediation_rate over 100")}
                                              << QString();
    Observation rejected = plain;
    rejected.rejected = true;
    rejected.manual = true;
    QTest::newRow("rejected manual") << rejected << QStringList() << QStringLiteral("rejected, added by hand");
}

void TestIndicatorTableModel::flags()
{
    QFETCH(Observation, observation);
    QFETCH(QStringList, warnings);
    QFETCH(QString, expected);
    IndicatorTableModel model;
    model.setObservations({observation}, warnings);
    QCOMPARE(model.index(0, IndicatorTableModel::FlagsColumn).data().toString(), expected);
    // A rejected figure cannot be edited; any other can, in the value column only.
    QCOMPARE(bool(model.flags(model.index(0, IndicatorTableModel::ValueColumn)) & Qt::ItemIsEditable),
             !observation.rejected);
    QVERIFY(!(model.flags(model.index(0, IndicatorTableModel::UnitColumn)) & Qt::ItemIsEditable));
}

void TestIndicatorTableModel::values_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("approx");
    QTest::addColumn<QString>("expected");
    QTest::newRow("count") << 32014.0 << QStringLiteral("件") << false << QStringLiteral("32,014");
    QTest::newRow("rate") << 97.4 << QStringLiteral("%") << false << QStringLiteral("97.4");
    QTest::newRow("whole rate") << 100.0 << QStringLiteral("%") << false << QStringLiteral("100");
    QTest::newRow("money") << 37035000.0 << QStringLiteral("元") << false << QStringLiteral("37,035,000");
    QTest::newRow("two decimals") << 72.856 << QStringLiteral("%") << false << QStringLiteral("72.86");
    QTest::newRow("approx") << 300.0 << QStringLiteral("人") << true << QStringLiteral("≈300");
}

void TestIndicatorTableModel::values()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(bool, approx);
    QFETCH(QString, expected);
    Observation o = obs(QStringLiteral("x"), value, unit, 1);
    o.approx = approx;
    IndicatorTableModel model;
    model.setObservations({o});
    QCOMPARE(model.index(0, IndicatorTableModel::ValueColumn).data().toString(), expected);
    QCOMPARE(model.index(0, IndicatorTableModel::UnitColumn).data().toString(), unit);
    QCOMPARE(model.index(0, IndicatorTableModel::SectionColumn).data().toString(), QStringLiteral("(一)争议"));
    QCOMPARE(model.index(0, IndicatorTableModel::ValueColumn).data(Qt::EditRole).toDouble(), value);
}

void TestIndicatorTableModel::sortsByNumber()
{
    // As text "9" > "100"; the sort role must give numbers.
    IndicatorTableModel model;
    model.setObservations({obs(QStringLiteral("a"), 9, QStringLiteral("件"), 1),
                           obs(QStringLiteral("b"), 100, QStringLiteral("件"), 2),
                           obs(QStringLiteral("c"), 25, QStringLiteral("件"), 3)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IndicatorTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(IndicatorTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, IndicatorTableModel::IndicatorColumn).data(IndicatorTableModel::IdRole).toString(),
             QStringLiteral("b"));
    QCOMPARE(proxy.index(1, IndicatorTableModel::IndicatorColumn).data(IndicatorTableModel::IdRole).toString(),
             QStringLiteral("c"));
    QCOMPARE(proxy.index(2, IndicatorTableModel::IndicatorColumn).data(IndicatorTableModel::IdRole).toString(),
             QStringLiteral("a"));
}

void TestIndicatorTableModel::editRequestsCorrection()
{
    IndicatorTableModel model;
    model.setObservations({obs(QStringLiteral("dispute_cases"), 100, QStringLiteral("件"), 10)});
    QSignalSpy spy(&model, &IndicatorTableModel::valueEditRequested);
    QVERIFY(model.setData(model.index(0, IndicatorTableModel::ValueColumn), 120.0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QCOMPARE(spy.at(0).at(1).toDouble(), 120.0);
    // The row changes only when the library confirms (setObservation), never by the edit itself.
    QCOMPARE(model.observation(0).effectiveValue(), 100.0);
    // Same value: nothing to record. Text that is not a number and other columns: refused.
    QVERIFY(model.setData(model.index(0, IndicatorTableModel::ValueColumn), 100.0));
    QVERIFY(!model.setData(model.index(0, IndicatorTableModel::ValueColumn), QStringLiteral("abc")));
    QVERIFY(!model.setData(model.index(0, IndicatorTableModel::UnitColumn), QStringLiteral("元")));
    QCOMPARE(spy.count(), 1);
}

void TestIndicatorTableModel::setObservationUpdatesRow()
{
    IndicatorTableModel model;
    model.setObservations({obs(QStringLiteral("dispute_cases"), 100, QStringLiteral("件"), 10)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Observation o = model.observation(0);
    o.corrected = true;
    o.correctedValue = 120;
    model.setObservation(0, o);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, IndicatorTableModel::ValueColumn).data().toString(), QStringLiteral("120"));
    QCOMPARE(model.index(0, IndicatorTableModel::FlagsColumn).data().toString(), QStringLiteral("corrected"));
    QCOMPARE(model.rowOfLibraryId(10), 0);
    QCOMPARE(model.rowOfLibraryId(99), -1);
}

QTEST_MAIN(TestIndicatorTableModel)
#include "tst_indicatortablemodel.moc"
