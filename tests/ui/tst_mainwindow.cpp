// Why: the main window is where staff spend their day; this drives it offscreen end to end — import a file,
// find it in the library tree, move through its sections, jump from a figure to its quote, correct a value
// (undoably) and find the correction again after reopening the library.
#include "library/ReportLibrary.h"
#include "models/LibraryTreeModel.h"
#include "models/SectionTreeModel.h"
#include "models/IndicatorTableModel.h"
#include "dialogs/ImportErrorsDialog.h"
#include "dialogs/ReportDetailsDialog.h"
#include "models/IndicatorLabels.h"
#include "views/MainWindow.h"
#include "views/ReportTextView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMimeData>
#include <QSpinBox>
#include <QTimer>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rl;

namespace {

// Depth-first search for the first index whose `role` equals `value`.
QModelIndex findIndex(const QAbstractItemModel *model, int role, const QVariant &value, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(role) == value)
            return index;
        const QModelIndex below = findIndex(model, role, value, index);
        if (below.isValid())
            return below;
    }
    return {};
}

int countReports(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(LibraryTreeModel::KindRole).toInt() == LibraryTreeModel::ReportNode)
            ++n;
        n += countReports(model, index);
    }
    return n;
}

// A page like the comparison: it asks the window to open a report at a quote.
class FakePage : public QWidget
{
    Q_OBJECT
public:
    int reloads = 0;
public Q_SLOTS:
    void reload() { ++reloads; }
Q_SIGNALS:
    void openObservation(qint64 reportId, qint64 offset, qint64 length);
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstRunOffersSamples();
    void importReadCorrectReopen();
    void searchOpensTheHit();
    void samplesFillTheLibrary();
    void importErrorsNameEachFile();
    void findBarFindsNextAndPrevious();
    void rejectAndDetailsAreUndoable();
    void dropImportsFiles();
    void highlightsAndHover();
    void pagesOpenReportsAndReload();
    void reextractKeepsCorrections();

private:
    QString copySample(const QString &name);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReportLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestMainWindow::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QString TestMainWindow::copySample(const QString &name)
{
    const QString target = m_dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/samples/") + name, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestMainWindow::firstRunOffersSamples()
{
    // An empty library shows what to do and offers the samples.
    MainWindow window(m_dir.filePath(QStringLiteral("empty.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *samples = window.findChild<QPushButton *>(QStringLiteral("samplesButton"));
    QVERIFY(samples);
    QVERIFY(samples->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("placeholder"))->isVisible());
    QCOMPARE(window.currentReportId(), -1);
}

void TestMainWindow::importReadCorrectReopen()
{
    const QString libraryPath = m_dir.filePath(QStringLiteral("library.sqlite"));
    const QString file = copySample(QStringLiteral("sample_city_2022.txt"));
    QVERIFY(!file.isEmpty());

    qint64 reportId = -1;
    qint64 observationId = -1;
    const double corrected = 4321;
    {
        auto window = std::make_unique<MainWindow>(libraryPath);
        window->resize(1000, 560);   // small enough that the text scrolls
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // 1. Import a file (in the background) → the library tree shows it.
        QSignalSpy finished(window.get(), &MainWindow::importFinished);
        QVERIFY(window->importPaths({file}));
        QVERIFY(window->isImporting() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        auto *libraryTree = window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
        QVERIFY(libraryTree);
        QAbstractItemModelTester libraryTester(libraryTree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(countReports(libraryTree->model()), 1);
        const QModelIndex reportIndex = findIndex(libraryTree->model(), LibraryTreeModel::KindRole,
                                                  int(LibraryTreeModel::ReportNode));
        QVERIFY(reportIndex.isValid());
        QVERIFY2(reportIndex.data().toString().contains(QStringLiteral("示例市人力资源和社会保障局2022年")),
                 qPrintable(reportIndex.data().toString()));
        reportId = reportIndex.data(LibraryTreeModel::ReportIdRole).toLongLong();
        QVERIFY(reportId >= 0);

        // The extractor may find nothing in a build without it; then record one figure by hand so the
        // rest of the flow still has a figure to work on.
        ReportLibrary *library = window->library();
        std::optional<Report> stored = library->report(reportId);
        QVERIFY(stored);
        if (stored->observations.isEmpty()) {
            const QString phrase = QStringLiteral("受理劳动人事争议案件4138件");
            Observation o;
            o.id = QStringLiteral("dispute_cases");
            o.value = 4138;
            o.unit = QStringLiteral("件");
            o.offset = stored->text.indexOf(phrase);
            o.length = phrase.size();
            o.quote = phrase;
            QVERIFY(o.offset > 0);
            QVERIFY(library->addManualObservation(reportId, o) >= 0);
            QVERIFY(window->openLibrary(libraryPath));   // reload: nothing open, tree rebuilt
            QCOMPARE(window->currentReportId(), -1);
        }

        // 2. Selecting the report in the tree opens it; the section tree fills.
        const QModelIndex again = findIndex(libraryTree->model(), LibraryTreeModel::ReportIdRole, reportId);
        libraryTree->setCurrentIndex(again);
        QCOMPARE(window->currentReportId(), reportId);
        auto *sectionTree = window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
        QVERIFY(sectionTree);
        QAbstractItemModelTester sectionTester(sectionTree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sectionTree->model()->rowCount(), 3);   // 一、 二、 三、
        QVERIFY(sectionTree->model()->index(0, 0).data().toString().startsWith(QStringLiteral("一、")));
        const QModelIndex first = sectionTree->model()->index(0, 0);
        QCOMPARE(sectionTree->model()->rowCount(first), 6);   // (一) … (六)

        // 3. Selecting a section scrolls the text to it.
        auto *text = window->findChild<ReportTextView *>(QStringLiteral("reportText"));
        QVERIFY(text);
        QCOMPARE(text->verticalScrollBar()->value(), 0);
        const QModelIndex fourth = sectionTree->model()->index(3, 0, first);   // (四)
        const qsizetype start = fourth.data(SectionTreeModel::StartRole).toLongLong();
        sectionTree->setCurrentIndex(fourth);
        QVERIFY(text->verticalScrollBar()->value() > 0);
        QTextCursor at(text->document());
        at.setPosition(int(start));
        const QRect rect = text->cursorRect(at);
        QVERIFY2(rect.top() >= 0 && rect.top() < 60, qPrintable(QString::number(rect.top())));
        QCOMPARE(sectionTree->currentIndex(), fourth);   // the scroll did not move the selection elsewhere

        // … and the current section follows the text when the user scrolls.
        const QModelIndex second = sectionTree->model()->index(1, 0, first);   // (二)
        text->scrollToOffset(second.data(SectionTreeModel::StartRole).toLongLong() + 2);
        QCOMPARE(sectionTree->currentIndex(), second);

        // 4. Double-clicking a figure selects its quote in the text.
        auto *table = window->findChild<QTableView *>(QStringLiteral("indicatorTable"));
        QVERIFY(table);
        QAbstractItemModelTester tableTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(table->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(IndicatorTableModel::IdRole).toString() == QStringLiteral("dispute_cases"))
                row = r;
        }
        QVERIFY2(row >= 0, "the dispute_cases figure is in the table");
        const QModelIndex cell = table->model()->index(row, IndicatorTableModel::IndicatorColumn);
        table->scrollTo(cell);
        const QPoint centre = table->visualRect(cell).center();
        // A real double-click starts with a press (QTest's widget double-click sends only the second one).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(table->currentIndex(), cell);
        QTextCursor none(text->document());
        text->setTextCursor(none);   // forget the selection the current row made: the double-click must redo it
        QVERIFY(!text->textCursor().hasSelection());
        QSignalSpy doubleClicked(table, &QAbstractItemView::doubleClicked);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(doubleClicked.count(), 1);
        const qsizetype offset = cell.data(IndicatorTableModel::OffsetRole).toLongLong();
        const qsizetype length = cell.data(IndicatorTableModel::LengthRole).toLongLong();
        QCOMPARE(text->textCursor().selectionStart(), int(offset));
        QCOMPARE(text->textCursor().selectionEnd(), int(offset + length));
        QVERIFY(text->textCursor().selectedText().contains(QStringLiteral("4138")));
        observationId = cell.data(IndicatorTableModel::LibraryIdRole).toLongLong();
        QVERIFY(observationId >= 0);

        // 5. Editing the value (through the table's own editor) records a correction, undoably.
        const QModelIndex valueCell = cell.siblingAtColumn(IndicatorTableModel::ValueColumn);
        table->setCurrentIndex(valueCell);
        table->edit(valueCell);
        auto *editor = table->viewport()->findChild<QDoubleSpinBox *>();
        QVERIFY(editor);
        editor->setValue(corrected);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window->undoStack()->count(), 1);   // the delegate commits on the next event loop turn
        auto correctedInLibrary = [&] {
            const std::optional<Report> r = library->report(reportId);
            for (const Observation &o : r->observations) {
                if (o.libraryId == observationId)
                    return o;
            }
            return Observation();
        };
        QVERIFY(correctedInLibrary().corrected);
        QCOMPARE(correctedInLibrary().correctedValue, corrected);
        QCOMPARE(correctedInLibrary().value, 4138.0);   // the extracted original is kept
        const QModelIndex shown = findIndex(table->model(), IndicatorTableModel::LibraryIdRole, observationId);
        QVERIFY(shown.siblingAtColumn(IndicatorTableModel::FlagsColumn).data().toString().contains(QStringLiteral("corrected")));
        window->undoStack()->undo();
        QVERIFY(!correctedInLibrary().corrected);
        window->undoStack()->redo();
        QVERIFY(correctedInLibrary().corrected);
        window->close();
    }

    // 6. The correction survives reopening the library, in a new window.
    MainWindow reopened(libraryPath);
    reopened.show();
    QVERIFY(reopened.openReport(reportId));
    auto *table = reopened.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    const QModelIndex shown = findIndex(table->model(), IndicatorTableModel::LibraryIdRole, observationId);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.siblingAtColumn(IndicatorTableModel::ValueColumn).data(Qt::EditRole).toDouble(), corrected);
    ReportLibrary fresh;
    QVERIFY(fresh.open(libraryPath));
    const std::optional<Report> r = fresh.report(reportId);
    QVERIFY(r);
    bool found = false;
    for (const Observation &o : r->observations) {
        if (o.libraryId == observationId) {
            found = true;
            QVERIFY(o.corrected);
            QCOMPARE(o.correctedValue, corrected);
        }
    }
    QVERIFY(found);
}

void TestMainWindow::searchOpensTheHit()
{
    // A search result opens its report with the hit selected.
    const QString libraryPath = m_dir.filePath(QStringLiteral("search.sqlite"));
    MainWindow window(libraryPath);
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({copySample(QStringLiteral("sample_county_2021.txt")),
                                copySample(QStringLiteral("sample_district_2023.txt"))}));
    QVERIFY(finished.wait(60000));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(field);
    field->setText(QStringLiteral("青禾区"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *results = window.findChild<QTreeWidget *>(QStringLiteral("searchResults"));
    QCOMPARE(results->topLevelItemCount(), 1);
    auto *text = window.findChild<ReportTextView *>(QStringLiteral("reportText"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("青禾区"));
    QVERIFY(window.library()->report(window.currentReportId())->meta.title.contains(QStringLiteral("青禾区")));
    if (qEnvironmentVariableIsSet("RL_SHOT_DIR"))   // for a person to look at the window
        window.grab().save(qEnvironmentVariable("RL_SHOT_DIR") + QStringLiteral("/search.png"));
}

void TestMainWindow::samplesFillTheLibrary()
{
    // "Open sample reports" imports the twelve 示例 reports: four agencies over three years.
    MainWindow window(m_dir.filePath(QStringLiteral("samples.sqlite")));
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importSamples();
    QVERIFY(finished.wait(120000));
    auto *libraryTree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QCOMPARE(countReports(libraryTree->model()), 12);
    QCOMPARE(libraryTree->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        const QModelIndex agency = libraryTree->model()->index(row, 0);
        QVERIFY2(agency.data().toString().contains(QStringLiteral("示例")), qPrintable(agency.data().toString()));
        QCOMPARE(libraryTree->model()->rowCount(agency), 3);
    }
    QVERIFY(window.currentReportId() >= 0);   // the first one is opened
}


void TestMainWindow::importErrorsNameEachFile()
{
    // Files that cannot be read are listed with their reasons; the others still import.
    MainWindow window(m_dir.filePath(QStringLiteral("errors.sqlite")));
    window.show();
    const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString png = m_dir.filePath(QStringLiteral("picture.txt"));
    {
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    }
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({empty, png, copySample(QStringLiteral("sample_province_2021.txt"))}));
    QVERIFY(finished.wait(60000));
    auto *dialog = window.findChild<ImportErrorsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("importErrors"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList names;
    for (int i = 0; i < 2; ++i) {
        names << list->topLevelItem(i)->text(0);
        QVERIFY2(!list->topLevelItem(i)->text(1).isEmpty(), "each failure has a reason");
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("empty.txt"), QStringLiteral("picture.txt")}));
    QCOMPARE(window.library()->reportCount(), 1);
}

void TestMainWindow::findBarFindsNextAndPrevious()
{
    MainWindow window(m_dir.filePath(QStringLiteral("find.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({copySample(QStringLiteral("sample_city_2021.txt"))}));
    QVERIFY(finished.wait(60000));
    QVERIFY(window.currentReportId() >= 0);
    auto *text = window.findChild<ReportTextView *>(QStringLiteral("reportText"));
    text->moveCursor(QTextCursor::Start);   // find searches forward from the cursor
    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    auto *bar = window.findChild<QWidget *>(QStringLiteral("findBar"));
    QVERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>();
    QVERIFY(field->hasFocus() || QApplication::focusWidget() == field);
    const QString needle = QStringLiteral("劳动人事争议");
    const QString all = text->toPlainText();
    const int first = int(all.indexOf(needle));
    const int second = int(all.indexOf(needle, first + 1));
    QVERIFY(first >= 0 && second > first);
    // Typed text (QTest::keyClicks takes only ASCII): the first match is selected while typing.
    QKeyEvent typed(QEvent::KeyPress, 0, Qt::NoModifier, needle);
    QApplication::sendEvent(field, &typed);
    QCOMPARE(field->text(), needle);
    QCOMPARE(text->textCursor().selectionStart(), first);
    QTest::keyClick(field, Qt::Key_Return);   // next
    QCOMPARE(text->textCursor().selectionStart(), second);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);   // previous
    QCOMPARE(text->textCursor().selectionStart(), first);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::rejectAndDetailsAreUndoable()
{
    const QString libraryPath = m_dir.filePath(QStringLiteral("details.sqlite"));
    MainWindow window(libraryPath);
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({copySample(QStringLiteral("sample_county_2022.txt"))}));
    QVERIFY(finished.wait(60000));
    const qint64 reportId = window.currentReportId();
    QVERIFY(reportId >= 0);
    ReportLibrary *library = window.library();

    // Reject the first figure from the table; it leaves comparisons, and undo brings it back.
    auto *table = window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    if (table->model()->rowCount() == 0)
        QSKIP("the extractor found no figure in this build");
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 observationId = table->currentIndex().data(IndicatorTableModel::LibraryIdRole).toLongLong();
    auto isRejected = [&] {
        const std::optional<Report> stored = library->report(reportId);
        for (const Observation &o : stored->observations) {
            if (o.libraryId == observationId)
                return o.rejected;
        }
        return false;
    };
    window.findChild<QAction *>(QStringLiteral("rejectAction"))->trigger();
    QVERIFY(isRejected());
    const QModelIndex row = findIndex(table->model(), IndicatorTableModel::LibraryIdRole, observationId);
    QVERIFY(row.data(IndicatorTableModel::RejectedRole).toBool());
    window.undoStack()->undo();
    QVERIFY(!isRejected());

    // Add a figure the extraction missed, from text selected in the reader.
    auto *text = window.findChild<ReportTextView *>(QStringLiteral("reportText"));
    const QString all = text->toPlainText();
    const QString phrase = QStringLiteral("召开党组会议专题研究法治工作");
    const int at = int(all.indexOf(phrase));
    QVERIFY(at > 0);
    QTextCursor selection(text->document());
    selection.setPosition(at);
    selection.setPosition(at + int(phrase.size()) + 2, QTextCursor::KeepAnchor);   // with the "N次" after it
    text->setTextCursor(selection);
    const int figuresBefore = int(library->report(reportId)->observations.size());
    QTimer::singleShot(0, this, [] {
        auto *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *indicator = dialog->findChild<QComboBox *>();
        indicator->setEditText(QStringLiteral("party_meetings"));
        dialog->findChild<QLineEdit *>(QStringLiteral("unit"))->setText(QStringLiteral("次"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    window.findChild<QAction *>(QStringLiteral("addObservationAction"))->trigger();
    const std::optional<Report> withManual = library->report(reportId);
    QCOMPARE(int(withManual->observations.size()), figuresBefore + 1);
    bool foundManual = false;
    for (const Observation &o : withManual->observations) {
        if (o.manual) {
            foundManual = true;
            QCOMPARE(o.id, QStringLiteral("party_meetings"));
            QCOMPARE(o.offset, qsizetype(at));
            QVERIFY(o.value > 0);   // the number in the selection
            QCOMPARE(o.unit, QStringLiteral("次"));
        }
    }
    QVERIFY(foundManual);
    window.undoStack()->undo();
    QCOMPARE(int(library->report(reportId)->observations.size()), figuresBefore);

    // Edit ▸ Report Details…: the dialog's agency and year become corrections; undo restores them.
    const ReportMeta before = *library->extractedMeta(reportId);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ReportDetailsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("agency"))->setText(QStringLiteral("示例县人力资源和社会保障局"));
        dialog->findChild<QSpinBox *>(QStringLiteral("year"))->setValue(2022);
        auto *level = dialog->findChild<QComboBox *>(QStringLiteral("level"));
        level->setCurrentIndex(level->findData(int(AgencyLevel::County)));
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("detailsAction"))->trigger();
    const std::optional<Report> after = library->report(reportId);
    QCOMPARE(after->meta.agency, QStringLiteral("示例县人力资源和社会保障局"));
    QCOMPARE(after->meta.level, AgencyLevel::County);
    QCOMPARE(after->meta.year, std::optional<int>(2022));
    auto *libraryTree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QCOMPARE(libraryTree->model()->index(0, 0).data().toString(), QStringLiteral("示例县人力资源和社会保障局 (1)"));
    window.undoStack()->undo();
    QCOMPARE(library->report(reportId)->meta.agency, before.agency);
}

void TestMainWindow::dropImportsFiles()
{
    // Files and folders dropped on the window are imported.
    MainWindow window(m_dir.filePath(QStringLiteral("drop.sqlite")));
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copySample(QStringLiteral("sample_district_2021.txt")))});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(window.library()->reportCount(), 1);
}

void TestMainWindow::highlightsAndHover()
{
    // Every figure that is not rejected is highlighted, and a position inside its quote finds it.
    ReportTextView view;
    Observation a;
    a.id = QStringLiteral("dispute_cases");
    a.offset = 4;
    a.length = 6;
    Observation rejected = a;
    rejected.offset = 12;
    rejected.rejected = true;
    view.setReport(QStringLiteral("一、总体\n受理案件100件,办结90件。"), {a, rejected});
    QCOMPARE(view.extraSelections().size(), 1);
    QCOMPARE(view.extraSelections().constFirst().cursor.selectionStart(), 4);
    QCOMPARE(view.extraSelections().constFirst().cursor.selectionEnd(), 10);
    QCOMPARE(view.observationAt(3), -1);
    QCOMPARE(view.observationAt(4), 0);
    QCOMPARE(view.observationAt(9), 0);
    QCOMPARE(view.observationAt(10), -1);
    QCOMPARE(view.observationAt(13), -1);   // rejected: no highlight, no tooltip

    // Hovering the quote shows the indicator's name, value and unit.
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTextCursor inside(view.document());
    inside.setPosition(6);
    const QPoint at = view.cursorRect(inside).center();
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("件")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(IndicatorLabels::name(QStringLiteral("dispute_cases"))));
}

void TestMainWindow::pagesOpenReportsAndReload()
{
    // addPage() wires a page's openObservation() to the reader and reload() to library changes.
    MainWindow window(m_dir.filePath(QStringLiteral("pages.sqlite")));
    window.show();
    auto *page = new FakePage;
    window.addPage(page, QStringLiteral("Fake"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    tabs->setCurrentWidget(page);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({copySample(QStringLiteral("sample_city_2023.txt"))}));
    QVERIFY(finished.wait(60000));
    QVERIFY(page->reloads >= 1);   // the import changed the library while the page was shown
    const qint64 id = window.library()->reports().constFirst().id;
    const QString text = window.library()->report(id)->text;
    const qint64 offset = text.indexOf(QStringLiteral("追回工资"));
    QVERIFY(offset > 0);
    tabs->setCurrentWidget(page);
    Q_EMIT page->openObservation(id, offset, 4);
    QCOMPARE(window.currentReportId(), id);
    QCOMPARE(tabs->currentIndex(), 0);   // back on the reader
    auto *reader = window.findChild<ReportTextView *>(QStringLiteral("reportText"));
    QCOMPARE(reader->textCursor().selectedText(), QStringLiteral("追回工资"));
}

void TestMainWindow::reextractKeepsCorrections()
{
    // File ▸ Re-extract runs in the background and keeps corrections (they follow their figure).
    MainWindow window(m_dir.filePath(QStringLiteral("reextract.sqlite")));
    window.show();
    QSignalSpy imported(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({copySample(QStringLiteral("sample_province_2023.txt"))}));
    QVERIFY(imported.wait(60000));
    const qint64 reportId = window.currentReportId();
    ReportLibrary *library = window.library();
    const std::optional<Report> before = library->report(reportId);
    qint64 disputes = -1;
    for (const Observation &o : before->observations) {
        if (o.id == QStringLiteral("dispute_cases"))
            disputes = o.libraryId;
    }
    if (disputes < 0)
        QSKIP("the extractor found no dispute_cases figure in this build");
    QVERIFY(library->correctValue(disputes, 12345));
    auto *action = window.findChild<QAction *>(QStringLiteral("reextractAction"));
    QVERIFY(action->isEnabled());
    QSignalSpy done(&window, &MainWindow::reextractFinished);
    action->trigger();
    QVERIFY(window.isImporting());
    QVERIFY(!action->isEnabled());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(!window.isImporting());
    const std::optional<Report> after = library->report(reportId);
    bool kept = false;
    for (const Observation &o : after->observations)
        kept = kept || (o.id == QStringLiteral("dispute_cases") && o.corrected && o.correctedValue == 12345);
    QVERIFY(kept);
    auto *table = window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    bool shown = false;   // the open report was reloaded with the new figures
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex cell = table->model()->index(r, IndicatorTableModel::ValueColumn);
        shown = shown || (cell.data(IndicatorTableModel::IdRole).toString() == QStringLiteral("dispute_cases")
                          && cell.data(Qt::EditRole).toDouble() == 12345);
    }
    QVERIFY(shown);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
