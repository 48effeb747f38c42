// Why: the compare page is where staff choose what to compare; every choice must reach the matrix and the
// chart at once, missing values must read "—", and a double-click must lead back to the quote.
#include "ComparisonFixture.h"

#include "charts/ChartBuilder.h"
#include "dialogs/ExportImageDialog.h"
#include "models/ComparisonMatrixModel.h"
#include "views/ComparePage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace rl;

class TestComparePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrixShowsDashForMissing();
    void choicesUpdateChartAndMatrix();
    void doubleClickOpensObservation();
    void exportDialogRemembersChoice();
};

void TestComparePage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReportLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparepage"));
    QSettings().clear();
}

void TestComparePage::matrixShowsDashForMissing()
{
    ComparisonMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(test::knownComparison(), OutputLanguage::Chinese);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);   // 2020, 2021, 2022, unit
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("东莞市"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2021年"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("900"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, 1).data(ComparisonMatrixModel::ValueRole).isValid());   // not 0
    QCOMPARE(model.index(0, 2).data(ComparisonMatrixModel::ValueRole).toDouble(), 1100.0);
    QVERIFY(model.index(0, 2).data(Qt::BackgroundRole).isValid());                 // corrected: shaded
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("件"));
}

void TestComparePage::choicesUpdateChartAndMatrix()
{
    ComparePage page(nullptr);
    page.resize(1200, 800);
    page.show();
    page.setRecords(test::knownRecords());
    page.refreshNow();
    QCOMPARE(page.indicators(), QStringList{QStringLiteral("dispute_cases")});   // the default choice
    QCOMPARE(page.agencies().size(), 3);
    QCOMPARE(page.matrixModel()->rowCount(), 3);
    QCOMPARE(page.chartBuilder()->shownValueCount(), 6);

    page.setAgencies({test::shenzhen(), test::guangzhou()});
    page.setYearRange(2021, 2022);
    page.refreshNow();
    QCOMPARE(page.matrixModel()->rowCount(), 2);
    QCOMPARE(page.matrixModel()->columnCount(), 3);
    QCOMPARE(page.chartBuilder()->shownValueCount(), 3);   // 深圳 2021, 广州 2021 and 2022

    page.setIndicators({QStringLiteral("mediation_rate"), QStringLiteral("dispute_cases")});
    page.setAgencies({test::shenzhen(), test::guangzhou(), test::dongguan()});
    page.setYearRange(2020, 2022);
    page.setChartKind(ChartKind::Scatter);
    page.refreshNow();
    QCOMPARE(page.chartBuilder()->shownValueCount(), 3);
    QCOMPARE(page.matrixModel()->rowCount(), 6);   // 3 agencies × 2 indicators

    // Reloading keeps the choice.
    page.setAgencies({test::dongguan()});
    page.setRecords(test::knownRecords());
    QCOMPARE(page.agencies(), QStringList{test::dongguan()});
}

void TestComparePage::doubleClickOpensObservation()
{
    ComparePage page(nullptr);
    page.show();
    page.setRecords(test::knownRecords());
    page.refreshNow();
    QSignalSpy spy(&page, &ComparePage::openObservation);
    auto *table = page.findChild<QTableView *>();
    QVERIFY(table);
    const QModelIndex missing = page.matrixModel()->index(0, 1);
    Q_EMIT table->doubleClicked(missing);
    QCOMPARE(spy.size(), 0);
    const QModelIndex present = page.matrixModel()->index(0, 2);
    Q_EMIT table->doubleClicked(present);
    QCOMPARE(spy.size(), 1);
    const ComparisonCell cell = *page.comparison().cell(QStringLiteral("dispute_cases"),
                                                        page.comparison().agencyIndex(test::dongguan()), 2022);
    QCOMPARE(spy.first().at(0).toLongLong(), cell.reportId);
    QCOMPARE(spy.first().at(1).toLongLong(), cell.offset);
}

void TestComparePage::exportDialogRemembersChoice()
{
    {
        QSettings s;
        s.setValue(QStringLiteral("compare/export/width"), 1600);
        s.setValue(QStringLiteral("compare/export/print"), true);
    }
    // The dialog reads what the last export stored; 2× doubles pixels and DPI.
    ExportImageDialog dialog;
    QCOMPARE(dialog.pixelSize(), QSize(3200, 1600));   // 1600 × 800 (default height), doubled
    QCOMPARE(dialog.dpi(), 192);
    auto *print = dialog.findChild<QCheckBox *>();
    QVERIFY(print);
    print->setChecked(false);
    dialog.accept();
    ExportImageDialog again;
    QCOMPARE(again.pixelSize(), QSize(1600, 800));
    QCOMPARE(again.dpi(), 96);
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
