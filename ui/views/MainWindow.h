#pragma once

#include "library/ImportOutcome.h"
#include "model/Report.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QUndoStack;

namespace rl {

class FindBar;
class IndicatorTableModel;
class LibraryImporter;
class LibraryTreeModel;
class ReportLibrary;
class ReportTextView;
class SectionTreeModel;

// The reading desk: library tree, section tree, report text and its figures, with import, search and
// undoable corrections. Other pages (the comparison) are added as tabs beside the report reader.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `libraryPath` empty: the last library used, else ReportLibrary::defaultPath().
    explicit MainWindow(const QString &libraryPath = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page as a tab of the central area (the report reader is the first tab). A page with a signal
    // openObservation(qint64 reportId, qint64 offset, qint64 length) gets it connected to openReport(); a
    // visible page with a slot reload() is reloaded when the library changes.
    void addPage(QWidget *page, const QString &title);

    ReportLibrary *library() const { return m_library.get(); }
    QString libraryPath() const;
    qint64 currentReportId() const { return m_report ? m_report->libraryId : -1; }

    // Reopens library() in place (pages keep their pointer); keeps the current file open when `path` fails.
    bool openLibrary(const QString &path);
    QString lastLibraryError() const { return m_libraryError; }

public Q_SLOTS:
    // Shows a report in the reader (switching to its tab); selects [offset, offset+length) when given.
    bool openReport(qint64 reportId, qint64 offset = -1, qint64 length = 0);

public:
    // Starts a background import of files and folders; false when one is already running.
    bool importPaths(const QStringList &paths);
    bool isImporting() const;   // an import or a re-extraction is running
    // Recomputes the figures of every report in the background, keeping corrections (File ▸ Re-extract).
    bool reextractAll();
    void importSamples();
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void libraryChanged();          // reports added, removed or corrected; another library opened
    void reportOpened(qint64 reportId);
    void importFinished();
    void reextractFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createCentralArea();
    void createStatusBar();
    void restoreLayout();

    void reloadLibraryTree();
    void updatePlaceholder();
    void updateActions();
    void showReport(const Report &report);
    void updateHeader();
    void reloadCurrentReport(qint64 reportId, const QString &error);
    void onLibrarySelection();
    void onSectionSelection();
    void syncSectionToText(qsizetype topOffset);
    void selectObservation(const QModelIndex &proxyIndex);
    void onValueEdited(int row, double value);
    void showIndicatorMenu(const QPoint &pos);
    void rejectCurrentObservation();
    void restoreExtractedValue();
    void addObservationFromSelection();
    void editReportDetails();
    void runSearch();
    void openSearchHit(const QModelIndex &index);
    void chooseImportFiles();
    void chooseImportFolder();
    void chooseLibrary();
    void updateRecentMenu();
    void rememberLibrary(const QString &path);
    void onImportProgress(int done, int total, const QString &file);
    void onImportFinished();
    void applySampleDetails(const QList<ImportOutcome> &outcomes);
    void onReextractFinished(bool ok, const QString &error, bool cancelled);
    int currentObservationRow() const;

    std::unique_ptr<ReportLibrary> m_library;
    std::optional<Report> m_report;
    QString m_libraryError;
    QUndoStack *m_undoStack;

    LibraryTreeModel *m_libraryModel;
    QSortFilterProxyModel *m_libraryProxy;
    SectionTreeModel *m_sectionModel;
    IndicatorTableModel *m_indicatorModel;
    QSortFilterProxyModel *m_indicatorProxy;

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderText = nullptr;
    QPushButton *m_samplesButton = nullptr;
    QPushButton *m_importFilesButton = nullptr;
    QPushButton *m_importFolderButton = nullptr;
    QWidget *m_reader = nullptr;
    QLabel *m_reportHeader = nullptr;
    ReportTextView *m_text = nullptr;
    FindBar *m_findBar = nullptr;

    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_sectionsDock = nullptr;
    QDockWidget *m_indicatorsDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLineEdit *m_libraryFilter = nullptr;
    QTreeView *m_libraryTree = nullptr;
    QTreeView *m_sectionTree = nullptr;
    QTableView *m_indicatorTable = nullptr;
    QTreeWidget *m_searchResults = nullptr;
    QLineEdit *m_searchField = nullptr;

    QLabel *m_libraryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QPointer<LibraryImporter> m_importer;

    QMenu *m_recentMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_samplesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_restoreValueAction = nullptr;
    QAction *m_addObservationAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_reextractAction = nullptr;
    std::shared_ptr<std::atomic<bool>> m_reextractCancel;   // set while a re-extraction runs

    bool m_applySampleDetails = false;
    bool m_syncingSection = false;
    bool m_ignoreLibrarySelection = false;   // the tree follows openReport() without reopening   // the section tree follows the text without scrolling it back
};

} // namespace rl
