#include "views/MainWindow.h"

#include "dialogs/AddObservationDialog.h"
#include "dialogs/ImportErrorsDialog.h"
#include "dialogs/ReportDetailsDialog.h"
#include "library/LibraryImporter.h"
#include "library/ReportLibrary.h"
#include "models/IndicatorTableModel.h"
#include "models/LibraryTreeModel.h"
#include "models/SectionTreeModel.h"
#include "views/ComparePage.h"
#include "views/CorrectionCommands.h"
#include "views/FindBar.h"
#include "views/Icons.h"
#include "views/ReportTextView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rl {

namespace {

constexpr int kMaxRecent = 8;
constexpr int kHitReportRole = Qt::UserRole + 1;
constexpr int kHitOffsetRole = Qt::UserRole + 2;
constexpr int kHitLengthRole = Qt::UserRole + 3;

QString levelName(AgencyLevel level)
{
    switch (level) {
    case AgencyLevel::Province: return MainWindow::tr("province level");
    case AgencyLevel::City: return MainWindow::tr("city level");
    case AgencyLevel::District: return MainWindow::tr("district level");
    case AgencyLevel::County: return MainWindow::tr("county level");
    case AgencyLevel::Unknown: break;
    }
    return {};
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const QString &libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::make_unique<ReportLibrary>())
    , m_undoStack(new QUndoStack(this))
    , m_libraryModel(new LibraryTreeModel(this))
    , m_libraryProxy(new QSortFilterProxyModel(this))
    , m_sectionModel(new SectionTreeModel(this))
    , m_indicatorModel(new IndicatorTableModel(this))
    , m_indicatorProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(Icons::App));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_libraryProxy->setSourceModel(m_libraryModel);
    m_libraryProxy->setFilterRole(LibraryTreeModel::FilterRole);
    m_libraryProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_libraryProxy->setRecursiveFilteringEnabled(true);
    m_libraryProxy->setAutoAcceptChildRows(true);
    m_indicatorProxy->setSourceModel(m_indicatorModel);
    m_indicatorProxy->setSortRole(IndicatorTableModel::SortRole);
    m_indicatorProxy->setSortLocaleAware(true);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();

    setTabOrder(m_libraryFilter, m_libraryTree);
    setTabOrder(m_libraryTree, m_sectionTree);
    setTabOrder(m_sectionTree, m_text);
    setTabOrder(m_text, m_indicatorTable);
    setTabOrder(m_indicatorTable, m_searchField);

    connect(m_indicatorModel, &IndicatorTableModel::valueEditRequested, this, &MainWindow::onValueEdited);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    QString path = libraryPath;
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("library/last")).toString();
    if (path.isEmpty())
        path = ReportLibrary::defaultPath();
    if (!openLibrary(path) && path != ReportLibrary::defaultPath() && libraryPath.isEmpty())
        openLibrary(ReportLibrary::defaultPath());

    // First run: as large as the screen allows up to 1600×1000; later runs restore the saved geometry.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    resize(qMin(1600, available.width()), qMin(1000, available.height()));
    move(available.topLeft());
    restoreLayout();
    // Staff usually continue where they stopped: reopen the last report of this library.
    const QSettings settings;
    if (settings.value(QStringLiteral("library/lastReportLibrary")).toString() == QFileInfo(m_library->path()).absoluteFilePath())
        if (openReport(settings.value(QStringLiteral("library/lastReport"), -1).toLongLong())) {
            // After the window has its size: the text's layout depends on its width.
            const qint64 offset = settings.value(QStringLiteral("library/lastOffset"), 0).toLongLong();
            QTimer::singleShot(0, this, [this, offset] { m_text->scrollToOffset(offset); });
        }
    updatePlaceholder();
    updateActions();

    // Compare page (ui/charts) is added here
    addPage(new ComparePage(m_library.get(), this), tr("Compare"));
}

MainWindow::~MainWindow()
{
    // The undo stack is a child: QObject would delete it after ~MainWindow has run, and clearing it
    // emits indexChanged into updateActions() of a half-destroyed window. Delete it while we are whole.
    m_undoStack->disconnect(this);
    delete m_undoStack;
    m_undoStack = nullptr;
}

// ---------------------------------------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    m_importFilesAction = new QAction(Icons::get(Icons::ImportFile), tr("&Import Files…"), this);
    m_importFilesAction->setShortcut(QKeySequence::Open);
    m_importFilesAction->setStatusTip(tr("Add report files (.txt, .html, .pdf, .docx) to the library"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseImportFiles);

    m_importFolderAction = new QAction(Icons::get(Icons::ImportFolder), tr("Import &Folder…"), this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolderAction->setStatusTip(tr("Add every report in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseImportFolder);

    m_samplesAction = new QAction(Icons::get(Icons::Samples), tr("Open &Sample Reports"), this);
    m_samplesAction->setStatusTip(tr("Import twelve made-up reports to try ReportLens"));
    connect(m_samplesAction, &QAction::triggered, this, &MainWindow::importSamples);

    m_openLibraryAction = new QAction(Icons::get(Icons::Library), tr("Open &Library…"), this);
    m_openLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_openLibraryAction->setStatusTip(tr("Open or create another library file"));
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(Icons::get(Icons::Undo));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(Icons::get(Icons::Redo));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { m_text->copy(); });

    m_findAction = new QAction(Icons::get(Icons::Find), tr("&Find in Report…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_report) {
            m_tabs->setCurrentIndex(0);
            m_findBar->activate();
        }
    });
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_report) {
            m_findBar->show();
            m_findBar->findNext();
        }
    });
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_report) {
            m_findBar->show();
            m_findBar->findPrevious();
        }
    });
    m_searchAction = new QAction(Icons::get(Icons::Search), tr("&Search Library"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });

    m_detailsAction = new QAction(Icons::get(Icons::Details), tr("Report &Details…"), this);
    m_detailsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_detailsAction->setStatusTip(tr("Correct the agency, place, level or year of this report"));
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::editReportDetails);

    m_rejectAction = new QAction(Icons::get(Icons::Reject), tr("&Reject Figure"), this);
    m_rejectAction->setShortcut(QKeySequence::Delete);
    m_rejectAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rejectAction->setStatusTip(tr("Mark the selected figure as wrong; comparisons leave it out"));
    connect(m_rejectAction, &QAction::triggered, this, &MainWindow::rejectCurrentObservation);

    m_restoreValueAction = new QAction(tr("Restore &Extracted Value"), this);
    connect(m_restoreValueAction, &QAction::triggered, this, &MainWindow::restoreExtractedValue);

    m_addObservationAction = new QAction(Icons::get(Icons::Add), tr("&Add Figure from Selected Text…"), this);
    m_addObservationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addObservationAction->setStatusTip(tr("Record a figure the extraction missed, from the text you selected"));
    connect(m_addObservationAction, &QAction::triggered, this, &MainWindow::addObservationFromSelection);

    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_samplesAction->setObjectName(QStringLiteral("samplesAction"));
    m_openLibraryAction->setObjectName(QStringLiteral("openLibraryAction"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_rejectAction->setObjectName(QStringLiteral("rejectAction"));
    m_restoreValueAction->setObjectName(QStringLiteral("restoreValueAction"));
    m_addObservationAction->setObjectName(QStringLiteral("addObservationAction"));

    m_reextractAction = new QAction(tr("&Re-extract All Figures"), this);
    m_reextractAction->setObjectName(QStringLiteral("reextractAction"));
    m_reextractAction->setStatusTip(tr("Find the figures of every report again with the current catalog; "
                                       "corrections are kept"));
    connect(m_reextractAction, &QAction::triggered, this, &MainWindow::reextractAll);

    m_aboutAction = new QAction(tr("&About ReportLens"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ReportLens"),
                           tr("<h3>ReportLens %1</h3><p>Reads the annual rule-of-law reports of human-resources "
                              "and social-security bureaus, finds their figures with a link back to the sentence, "
                              "and compares them across agencies and years.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_samplesAction);
    file->addAction(m_reextractAction);
    file->addSeparator();
    file->addAction(m_openLibraryAction);
    m_recentMenu = file->addMenu(tr("&Recent Libraries"));
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);
    edit->addAction(m_searchAction);
    edit->addSeparator();
    edit->addAction(m_detailsAction);
    edit->addAction(m_addObservationAction);
    edit->addAction(m_rejectAction);
    edit->addAction(m_restoreValueAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_libraryDock->toggleViewAction());
    view->addAction(m_sectionsDock->toggleViewAction());
    view->addAction(m_indicatorsDock->toggleViewAction());
    view->addAction(m_searchDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short labels beside the icons (menus keep their accelerators and ellipses).
    m_importFilesAction->setIconText(tr("Import Files"));
    m_importFolderAction->setIconText(tr("Import Folder"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_detailsAction->setIconText(tr("Report Details"));
    bar->addAction(m_importFilesAction);
    bar->addAction(m_importFolderAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_detailsAction);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search all reports (e.g. 调解)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    m_searchField->setMinimumWidth(280);
    m_searchField->setMaximumWidth(360);
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    bar->addWidget(m_searchField);
}

void MainWindow::createCentralArea()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_readerStack = new QStackedWidget(m_tabs);

    // The placeholder: what to do when nothing is open (first run: an empty library).
    m_placeholder = new QWidget(m_readerStack);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    auto *outer = new QVBoxLayout(m_placeholder);
    outer->addStretch(2);
    auto *icon = new QLabel(m_placeholder);
    icon->setPixmap(Icons::get(Icons::App).pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignCenter);
    outer->addWidget(icon);
    m_placeholderTitle = new QLabel(m_placeholder);
    m_placeholderTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_placeholderTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_placeholderTitle->setFont(titleFont);
    outer->addWidget(m_placeholderTitle);
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setMaximumWidth(560);
    m_placeholderText->setMinimumWidth(360);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_placeholderText, 4);
    textRow->addStretch();
    outer->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_samplesButton = new QPushButton(Icons::get(Icons::Samples), tr("Open Sample Reports"), m_placeholder);
    m_samplesButton->setObjectName(QStringLiteral("samplesButton"));
    m_samplesButton->setDefault(true);
    connect(m_samplesButton, &QPushButton::clicked, this, &MainWindow::importSamples);
    m_importFilesButton = new QPushButton(Icons::get(Icons::ImportFile), tr("Import Files…"), m_placeholder);
    connect(m_importFilesButton, &QPushButton::clicked, this, &MainWindow::chooseImportFiles);
    m_importFolderButton = new QPushButton(Icons::get(Icons::ImportFolder), tr("Import Folder…"), m_placeholder);
    connect(m_importFolderButton, &QPushButton::clicked, this, &MainWindow::chooseImportFolder);
    buttons->addWidget(m_samplesButton);
    buttons->addWidget(m_importFilesButton);
    buttons->addWidget(m_importFolderButton);
    buttons->addStretch();
    outer->addSpacing(12);
    outer->addLayout(buttons);
    outer->addStretch(3);
    m_readerStack->addWidget(m_placeholder);

    // The reader: a header with the report's title and details, the text, the find bar.
    m_reader = new QWidget(m_readerStack);
    auto *readerLayout = new QVBoxLayout(m_reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_reportHeader = new QLabel(m_reader);
    m_reportHeader->setObjectName(QStringLiteral("reportHeader"));
    m_reportHeader->setWordWrap(true);
    m_reportHeader->setTextFormat(Qt::RichText);
    m_reportHeader->setContentsMargins(16, 10, 16, 10);
    m_reportHeader->setAutoFillBackground(true);
    m_reportHeader->setBackgroundRole(QPalette::AlternateBase);
    m_text = new ReportTextView(m_reader);
    m_text->setAcceptDrops(false);   // drops go to the window: they import files
    m_findBar = new FindBar(m_text, m_reader);
    m_findBar->hide();
    readerLayout->addWidget(m_reportHeader);
    readerLayout->addWidget(m_text, 1);
    readerLayout->addWidget(m_findBar);
    m_readerStack->addWidget(m_reader);
    m_reader->addAction(m_copyAction);
    connect(m_text, &ReportTextView::topOffsetChanged, this, &MainWindow::syncSectionToText);
    connect(m_text, &QTextEdit::copyAvailable, this, [this] { updateActions(); });

    m_tabs->addTab(m_readerStack, Icons::get(Icons::Report), tr("Report"));
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks()
{
    // Library: filter + agency/year/report tree.
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    auto *libraryPane = new QWidget(m_libraryDock);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(4, 4, 4, 4);
    m_libraryFilter = new QLineEdit(libraryPane);
    m_libraryFilter->setObjectName(QStringLiteral("libraryFilter"));
    m_libraryFilter->setPlaceholderText(tr("Filter by agency, place or year"));
    m_libraryFilter->setClearButtonEnabled(true);
    connect(m_libraryFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_libraryProxy->setFilterFixedString(text.trimmed());
        m_libraryTree->expandToDepth(1);
    });
    m_libraryTree = new QTreeView(libraryPane);
    m_libraryTree->setObjectName(QStringLiteral("libraryTree"));
    m_libraryTree->setModel(m_libraryProxy);
    m_libraryTree->setHeaderHidden(true);
    m_libraryTree->setUniformRowHeights(true);
    m_libraryTree->setTextElideMode(Qt::ElideMiddle);
    connect(m_libraryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onLibrarySelection);
    libraryPane->setMinimumWidth(220);
    libraryLayout->addWidget(m_libraryFilter);
    libraryLayout->addWidget(m_libraryTree);
    m_libraryDock->setWidget(libraryPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);

    // Sections of the open report.
    m_sectionsDock = new QDockWidget(tr("Sections"), this);
    m_sectionsDock->setObjectName(QStringLiteral("sectionsDock"));
    m_sectionTree = new QTreeView(m_sectionsDock);
    m_sectionTree->setObjectName(QStringLiteral("sectionTree"));
    m_sectionTree->setModel(m_sectionModel);
    m_sectionTree->setHeaderHidden(true);
    m_sectionTree->setTextElideMode(Qt::ElideRight);
    m_sectionTree->setMinimumWidth(220);
    connect(m_sectionTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSectionSelection);
    m_sectionsDock->setWidget(m_sectionTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_sectionsDock);
    splitDockWidget(m_libraryDock, m_sectionsDock, Qt::Vertical);

    // Figures of the open report.
    m_indicatorsDock = new QDockWidget(tr("Figures"), this);
    m_indicatorsDock->setObjectName(QStringLiteral("indicatorsDock"));
    m_indicatorTable = new QTableView(m_indicatorsDock);
    m_indicatorTable->setObjectName(QStringLiteral("indicatorTable"));
    m_indicatorTable->setModel(m_indicatorProxy);
    m_indicatorTable->setSortingEnabled(true);
    m_indicatorTable->sortByColumn(IndicatorTableModel::SectionColumn, Qt::AscendingOrder);
    m_indicatorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indicatorTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_indicatorTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::SelectedClicked);
    m_indicatorTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_indicatorTable->setWordWrap(false);
    m_indicatorTable->verticalHeader()->hide();
    m_indicatorTable->setMinimumWidth(280);
    m_indicatorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_indicatorTable->horizontalHeader()->setStretchLastSection(true);
    m_indicatorTable->setColumnWidth(IndicatorTableModel::IndicatorColumn, 210);
    m_indicatorTable->setColumnWidth(IndicatorTableModel::ValueColumn, 90);
    m_indicatorTable->setColumnWidth(IndicatorTableModel::UnitColumn, 44);
    m_indicatorTable->setColumnWidth(IndicatorTableModel::FlagsColumn, 80);
    m_indicatorTable->addAction(m_rejectAction);
    connect(m_indicatorTable, &QTableView::doubleClicked, this, &MainWindow::selectObservation);
    connect(m_indicatorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectObservation(current);
                updateActions();
            });
    connect(m_indicatorTable, &QWidget::customContextMenuRequested, this, &MainWindow::showIndicatorMenu);
    m_indicatorsDock->setWidget(m_indicatorTable);
    addDockWidget(Qt::RightDockWidgetArea, m_indicatorsDock);

    // Search results, beside the library.
    m_searchDock = new QDockWidget(tr("Search Results"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchResults = new QTreeWidget(m_searchDock);
    m_searchResults->setObjectName(QStringLiteral("searchResults"));
    m_searchResults->setHeaderHidden(true);
    m_searchResults->setRootIsDecorated(false);
    m_searchResults->setUniformRowHeights(true);
    m_searchResults->setTextElideMode(Qt::ElideRight);
    connect(m_searchResults, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openSearchHit(m_searchResults->indexFromItem(item)); });
    connect(m_searchResults, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { openSearchHit(m_searchResults->indexFromItem(item)); });
    m_searchDock->setWidget(m_searchResults);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_libraryDock, m_searchDock);
    m_searchDock->hide();
    m_libraryDock->raise();

    resizeDocks({m_libraryDock, m_indicatorsDock}, {340, 540}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_sectionsDock}, {380, 420}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_libraryLabel = new QLabel(statusBar());
    m_progress = new QProgressBar(statusBar());
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelImport = new QToolButton(statusBar());
    m_cancelImport->setIcon(Icons::get(Icons::Close));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Cancel the import (files already imported stay)"));
    m_cancelImport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelImport->setAutoRaise(true);
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        if (m_importer)
            m_importer->cancel();
        if (m_reextractCancel)
            m_reextractCancel->store(true);
        statusBar()->showMessage(tr("Cancelling…"));
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_libraryLabel);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
    const QMetaObject *meta = page->metaObject();
    if (meta->indexOfSignal("openObservation(qint64,qint64,qint64)") >= 0)
        connect(page, SIGNAL(openObservation(qint64,qint64,qint64)), this, SLOT(openReport(qint64,qint64,qint64)));
    if (meta->indexOfMethod("reload()") >= 0) {
        const QPointer<QWidget> guarded(page);
        connect(this, &MainWindow::libraryChanged, page, [guarded] {
            if (guarded && guarded->isVisible())
                QMetaObject::invokeMethod(guarded, "reload");
        });
    }
}

// ---------------------------------------------------------------------------------------------------------
// Library

QString MainWindow::libraryPath() const
{
    return m_library->path();
}

bool MainWindow::openLibrary(const QString &path)
{
    if (isImporting()) {
        m_libraryError = tr("an import is running; wait for it or cancel it first");
        return false;
    }
    // Try the new file first, so a refusal leaves the current library open.
    QString error;
    {
        ReportLibrary probe;
        if (!probe.open(path, &error)) {
            m_libraryError = error;
            statusBar()->showMessage(tr("Could not open the library %1: %2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
    }
    const QString previous = m_library->path();
    m_library->close();
    if (!m_library->open(path, &error)) {
        m_libraryError = error;
        if (!previous.isEmpty())
            m_library->open(previous);
        return false;
    }
    m_libraryError.clear();
    m_undoStack->clear();   // commands refer to the previous file
    m_report.reset();
    m_text->clearReport();
    m_sectionModel->setOutline({});
    m_indicatorModel->setObservations({});
    m_searchResults->clear();
    reloadLibraryTree();
    rememberLibrary(path);
    setWindowTitle(tr("%1 — ReportLens").arg(QFileInfo(path).fileName()));
    updatePlaceholder();
    updateActions();
    Q_EMIT libraryChanged();
    return true;
}

void MainWindow::reloadLibraryTree()
{
    const qint64 current = currentReportId();
    m_libraryModel->setReports(m_library->isOpen() ? m_library->reports() : QList<ReportSummary>());
    m_libraryTree->expandToDepth(1);
    if (current >= 0) {
        const QModelIndex index = m_libraryProxy->mapFromSource(m_libraryModel->indexOfReport(current));
        m_ignoreLibrarySelection = true;
        m_libraryTree->setCurrentIndex(index);
        m_ignoreLibrarySelection = false;
    }
    m_libraryLabel->setText(tr("%n report(s) in %1", nullptr, m_libraryModel->reportCount())
                                .arg(QFileInfo(m_library->path()).fileName()));
    m_libraryLabel->setToolTip(QDir::toNativeSeparators(m_library->path()));
}

void MainWindow::updatePlaceholder()
{
    if (m_report) {
        m_readerStack->setCurrentWidget(m_reader);
        return;
    }
    m_readerStack->setCurrentWidget(m_placeholder);
    const bool empty = m_libraryModel->reportCount() == 0;
    if (!m_libraryError.isEmpty() && !m_library->isOpen()) {
        m_placeholderTitle->setText(tr("The library could not be opened"));
        m_placeholderText->setText(m_libraryError);
    } else if (empty) {
        m_placeholderTitle->setText(tr("Welcome to ReportLens"));
        m_placeholderText->setText(
            tr("Your library is empty. Import annual rule-of-law reports (.txt, .html, .pdf, .docx) with "
               "File ▸ Import Files… or Import Folder…, or drag files and folders onto this window.\n\n"
               "To look around first, open the sample reports: twelve made-up reports (each marked 示例) "
               "from four agencies over three years."));
    } else {
        m_placeholderTitle->setText(tr("Choose a report"));
        m_placeholderText->setText(tr("Pick a report in the library on the left, or search all reports with "
                                      "the field at the top right."));
    }
    m_samplesButton->setVisible(empty);
    m_importFilesButton->setVisible(empty);
    m_importFolderButton->setVisible(empty);
}

void MainWindow::updateActions()
{
    const bool open = m_report.has_value();
    const int row = currentObservationRow();
    const bool importing = isImporting();
    m_detailsAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_findNextAction->setEnabled(open);
    m_findPreviousAction->setEnabled(open);
    m_copyAction->setEnabled(open && m_text->textCursor().hasSelection());
    m_addObservationAction->setEnabled(open && m_text->textCursor().hasSelection());
    m_rejectAction->setEnabled(row >= 0);
    if (row >= 0) {
        const Observation &o = m_indicatorModel->observation(row);
        m_rejectAction->setText(o.rejected ? tr("&Restore Figure") : tr("&Reject Figure"));
        m_restoreValueAction->setEnabled(o.corrected);
    } else {
        m_rejectAction->setText(tr("&Reject Figure"));
        m_restoreValueAction->setEnabled(false);
    }
    m_importFilesAction->setEnabled(!importing);
    m_importFolderAction->setEnabled(!importing);
    m_samplesAction->setEnabled(!importing);
    m_openLibraryAction->setEnabled(!importing);
    m_reextractAction->setEnabled(!importing && m_libraryModel->reportCount() > 0);
    m_recentMenu->setEnabled(!importing);
    m_samplesButton->setEnabled(!importing);
    m_importFilesButton->setEnabled(!importing);
    m_importFolderButton->setEnabled(!importing);
}

// ---------------------------------------------------------------------------------------------------------
// Reading a report

bool MainWindow::openReport(qint64 reportId, qint64 offset, qint64 length)
{
    if (!m_library->isOpen())
        return false;
    if (currentReportId() != reportId) {
        const std::optional<Report> report = m_library->report(reportId);
        if (!report)
            return false;
        showReport(*report);
        const QModelIndex index = m_libraryProxy->mapFromSource(m_libraryModel->indexOfReport(reportId));
        if (index.isValid()) {
            m_ignoreLibrarySelection = true;
            m_libraryTree->setCurrentIndex(index);
            m_libraryTree->scrollTo(index);
            m_ignoreLibrarySelection = false;
        }
    }
    m_tabs->setCurrentIndex(0);
    if (offset >= 0)
        m_text->selectRange(offset, length);
    return true;
}

void MainWindow::showReport(const Report &report)
{
    m_report = report;
    updateHeader();

    m_text->setReport(report.text, report.observations);
    m_syncingSection = true;   // the reset must not scroll the fresh text
    m_sectionModel->setOutline(report.outline);
    m_syncingSection = false;
    m_sectionTree->expandAll();
    m_indicatorModel->setObservations(report.observations, report.warnings);
    m_indicatorTable->resizeColumnToContents(IndicatorTableModel::IndicatorColumn);
    m_indicatorTable->setColumnWidth(IndicatorTableModel::IndicatorColumn,
                                     qBound(140, m_indicatorTable->columnWidth(IndicatorTableModel::IndicatorColumn), 300));
    m_indicatorsDock->setWindowTitle(tr("Figures (%1)").arg(report.observations.size()));
    m_findBar->hide();
    updatePlaceholder();
    updateActions();
    QSettings settings;
    settings.setValue(QStringLiteral("library/lastReport"), report.libraryId);
    settings.setValue(QStringLiteral("library/lastReportLibrary"), QFileInfo(libraryPath()).absoluteFilePath());
    Q_EMIT reportOpened(report.libraryId);
}

void MainWindow::updateHeader()
{
    if (!m_report)
        return;
    const ReportMeta &meta = m_report->meta;
    QStringList details;
    if (!meta.agency.isEmpty())
        details << meta.agency.toHtmlEscaped();
    const QString place = QStringList{meta.province, meta.city, meta.district}.join(QString()).toHtmlEscaped();
    if (!place.isEmpty())
        details << place;
    if (meta.level != AgencyLevel::Unknown)
        details << levelName(meta.level);
    details << (meta.year ? tr("covers %1").arg(*meta.year) : tr("year unknown"));
    if (meta.published.isValid())
        details << tr("published %1").arg(meta.published.toString(Qt::ISODate));
    const QString title = meta.title.isEmpty() ? QFileInfo(m_report->file).fileName() : meta.title;
    m_reportHeader->setText(QStringLiteral("<div style='font-size:large; font-weight:600'>%1</div>"
                                           "<div style='color:#5a6270'>%2</div>")
                                .arg(title.toHtmlEscaped(), details.join(QStringLiteral(" · "))));
    m_reportHeader->setToolTip(QDir::toNativeSeparators(m_report->file));

}

void MainWindow::reloadCurrentReport(qint64 reportId, const QString &error)
{
    if (!error.isEmpty())
        statusBar()->showMessage(tr("The library refused the change: %1").arg(error), 8000);
    if (m_report && m_report->libraryId == reportId) {
        if (const std::optional<Report> fresh = m_library->report(reportId)) {
            const int currentRow = currentObservationRow();
            const qint64 currentId = currentRow >= 0 ? m_indicatorModel->observation(currentRow).libraryId : -1;
            m_report = *fresh;
            m_indicatorModel->setObservations(fresh->observations, fresh->warnings);
            m_text->setObservations(fresh->observations);
            m_indicatorsDock->setWindowTitle(tr("Figures (%1)").arg(fresh->observations.size()));
            const int row = m_indicatorModel->rowOfLibraryId(currentId);
            if (row >= 0)
                m_indicatorTable->setCurrentIndex(m_indicatorProxy->mapFromSource(m_indicatorModel->index(row, 0)));
            updateHeader();
        }
    }
    reloadLibraryTree();
    updateActions();
    Q_EMIT libraryChanged();
}

void MainWindow::onLibrarySelection()
{
    if (m_ignoreLibrarySelection)
        return;
    const QModelIndex index = m_libraryTree->currentIndex();
    const qint64 id = index.data(LibraryTreeModel::ReportIdRole).toLongLong();
    if (index.isValid() && id >= 0)
        openReport(id);
}

void MainWindow::onSectionSelection()
{
    if (m_syncingSection)
        return;
    const QModelIndex index = m_sectionTree->currentIndex();
    if (!index.isValid())
        return;
    m_syncingSection = true;
    m_text->scrollToOffset(index.data(SectionTreeModel::StartRole).toLongLong());
    m_syncingSection = false;
}

void MainWindow::syncSectionToText(qsizetype topOffset)
{
    if (m_syncingSection || !m_report)
        return;
    const QModelIndex index = m_sectionModel->indexForOffset(topOffset);
    m_syncingSection = true;
    if (index.isValid()) {
        m_sectionTree->setCurrentIndex(index);
        m_sectionTree->scrollTo(index);
    } else {
        m_sectionTree->selectionModel()->clearCurrentIndex();
        m_sectionTree->clearSelection();
    }
    m_syncingSection = false;
}

void MainWindow::selectObservation(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_indicatorProxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const Observation &o = m_indicatorModel->observation(source.row());
    if (o.offset >= 0)
        m_text->selectRange(o.offset, o.length);
}

int MainWindow::currentObservationRow() const
{
    if (!m_indicatorTable)
        return -1;
    const QModelIndex source = m_indicatorProxy->mapToSource(m_indicatorTable->currentIndex());
    return source.isValid() ? source.row() : -1;
}

// ---------------------------------------------------------------------------------------------------------
// Corrections (every change is an undoable command)

void MainWindow::onValueEdited(int row, double value)
{
    if (!m_report || row < 0)
        return;
    const Observation &o = m_indicatorModel->observation(row);
    if (o.libraryId < 0)
        return;
    m_undoStack->push(new CorrectValueCommand(m_library.get(), m_report->libraryId, o, value,
                                              [this](qint64 id, const QString &e) { reloadCurrentReport(id, e); }));
}

void MainWindow::rejectCurrentObservation()
{
    const int row = currentObservationRow();
    if (!m_report || row < 0)
        return;
    const Observation &o = m_indicatorModel->observation(row);
    m_undoStack->push(new RejectObservationCommand(m_library.get(), m_report->libraryId, o, !o.rejected,
                                                   [this](qint64 id, const QString &e) { reloadCurrentReport(id, e); }));
}

void MainWindow::restoreExtractedValue()
{
    const int row = currentObservationRow();
    if (!m_report || row < 0)
        return;
    const Observation &o = m_indicatorModel->observation(row);
    if (!o.corrected)
        return;
    m_undoStack->push(new CorrectValueCommand(m_library.get(), m_report->libraryId, o, std::nullopt,
                                              [this](qint64 id, const QString &e) { reloadCurrentReport(id, e); }));
}

void MainWindow::addObservationFromSelection()
{
    if (!m_report)
        return;
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        statusBar()->showMessage(tr("Select the words with the figure in the report text first."), 6000);
        return;
    }
    QString selected = cursor.selectedText();
    selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    AddObservationDialog dialog(selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Observation o = dialog.observation();
    if (o.id.isEmpty())
        return;
    o.offset = cursor.selectionStart();
    o.length = cursor.selectionEnd() - cursor.selectionStart();
    o.quote = selected;
    o.section = sectionPathAt(m_report->outline, o.offset);
    m_undoStack->push(new AddObservationCommand(m_library.get(), m_report->libraryId, o,
                                                [this](qint64 id, const QString &e) { reloadCurrentReport(id, e); }));
}

void MainWindow::editReportDetails()
{
    if (!m_report)
        return;
    ReportDetailsDialog dialog(m_report->meta, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportMeta after = dialog.meta();
    if (after == m_report->meta)
        return;
    m_undoStack->push(new CorrectMetaCommand(m_library.get(), m_report->libraryId, m_report->meta, after,
                                             [this](qint64 id, const QString &e) { reloadCurrentReport(id, e); }));
}

void MainWindow::showIndicatorMenu(const QPoint &pos)
{
    const QModelIndex index = m_indicatorTable->indexAt(pos);
    if (index.isValid())
        m_indicatorTable->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    QAction *goTo = menu.addAction(tr("&Show in Text"));
    goTo->setEnabled(index.isValid());
    connect(goTo, &QAction::triggered, this, [this, index] { selectObservation(index); });
    QAction *edit = menu.addAction(tr("&Correct Value…"));
    edit->setEnabled(index.isValid() && !index.data(IndicatorTableModel::RejectedRole).toBool());
    connect(edit, &QAction::triggered, this, [this, index] {
        m_indicatorTable->edit(index.siblingAtColumn(IndicatorTableModel::ValueColumn));
    });
    menu.addAction(m_restoreValueAction);
    menu.addSeparator();
    menu.addAction(m_rejectAction);
    menu.addAction(m_addObservationAction);
    menu.exec(m_indicatorTable->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------------------
// Search

void MainWindow::runSearch()
{
    const QString query = m_searchField->text().trimmed();
    m_searchResults->clear();
    if (query.isEmpty() || !m_library->isOpen())
        return;
    const QList<SearchHit> hits = m_library->search(query);
    for (const SearchHit &hit : hits) {
        QString name = hit.agency.isEmpty() ? hit.title : hit.agency;
        if (hit.year)
            name += QLatin1Char(' ') + QString::number(*hit.year);
        // One line per report: who and when, then the words around the hit (all of it in the tooltip).
        const QString snippet = hit.snippet.simplified();
        auto *item = new QTreeWidgetItem(m_searchResults, {tr("%1 — %2").arg(name, snippet)});
        item->setData(0, kHitReportRole, hit.reportId);
        item->setData(0, kHitOffsetRole, hit.offset);
        item->setData(0, kHitLengthRole, hit.length);
        item->setToolTip(0, hit.title + QLatin1Char('\n') + snippet + QLatin1Char('\n')
                                + tr("%n match(es) in this report", nullptr, hit.hitCount));
    }
    m_searchDock->show();
    m_searchDock->raise();
    statusBar()->showMessage(tr("%n report(s) contain “%1”", nullptr, int(hits.size())).arg(query), 6000);
    if (!hits.isEmpty()) {
        m_searchResults->setCurrentItem(m_searchResults->topLevelItem(0));
        openSearchHit(m_searchResults->model()->index(0, 0));
    }
}

void MainWindow::openSearchHit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    openReport(first.data(kHitReportRole).toLongLong(), first.data(kHitOffsetRole).toLongLong(),
               first.data(kHitLengthRole).toLongLong());
}

// ---------------------------------------------------------------------------------------------------------
// Import

bool MainWindow::isImporting() const
{
    return (m_importer && m_importer->isRunning()) || m_reextractCancel;
}

bool MainWindow::reextractAll()
{
    if (isImporting() || !m_library->isOpen())
        return false;
    // Its own connection on a pool thread (Qt SQL connections belong to one thread); the UI stays live.
    m_reextractCancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_reextractCancel;
    const QString path = m_library->path();
    const QPointer<MainWindow> self(this);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Re-extracting…"));
    m_progress->show();
    m_cancelImport->show();
    statusBar()->showMessage(tr("Finding the figures of every report again…"));
    updateActions();
    QThreadPool::globalInstance()->start([path, cancel, self] {
        ReportLibrary library;
        QString error;
        bool ok = library.open(path, &error);
        if (ok) {
            ok = library.reextractAll(
                [&](int done, int total) {
                    QMetaObject::invokeMethod(qApp, [self, done, total] {
                        if (self)
                            self->onImportProgress(done, total, QString());
                    }, Qt::QueuedConnection);
                    return !cancel->load();
                },
                &error);
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(qApp, [self, ok, error, cancelled] {
            if (self)
                self->onReextractFinished(ok, error, cancelled);
        }, Qt::QueuedConnection);
    });
    return true;
}

void MainWindow::onReextractFinished(bool ok, const QString &error, bool cancelled)
{
    m_reextractCancel.reset();
    m_progress->hide();
    m_cancelImport->hide();
    m_undoStack->clear();   // observations were renumbered; old commands would point at nothing
    if (!ok && !cancelled)
        statusBar()->showMessage(tr("Re-extraction failed: %1").arg(error), 10000);
    else
        statusBar()->showMessage(cancelled ? tr("Re-extraction cancelled; the reports done so far keep their new figures")
                                           : tr("Figures found again in every report; corrections kept"), 10000);
    if (m_report)
        reloadCurrentReport(m_report->libraryId, QString());
    else
        reloadLibraryTree();
    updateActions();
    Q_EMIT libraryChanged();
    Q_EMIT reextractFinished(ok && !cancelled);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (isImporting() || paths.isEmpty() || !m_library->isOpen())
        return false;
    m_importer = new LibraryImporter(m_library->path(), this);
    connect(m_importer, &LibraryImporter::progress, this, &MainWindow::onImportProgress);
    connect(m_importer, &LibraryImporter::finished, this, &MainWindow::onImportFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Importing…"));
    m_progress->show();
    m_cancelImport->show();
    statusBar()->showMessage(tr("Looking for reports…"));
    m_importer->start(paths);
    updateActions();
    return true;
}

void MainWindow::onImportProgress(int done, int total, const QString &file)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    if (!file.isEmpty())
        statusBar()->showMessage(tr("Importing %1").arg(QFileInfo(file).fileName()));
}

void MainWindow::onImportFinished()
{
    LibraryImporter *importer = m_importer;
    if (!importer)
        return;
    const QList<ImportOutcome> outcomes = importer->outcomes();
    const QString libraryError = importer->libraryError();
    const bool cancelled = importer->wasCancelled();
    m_importer = nullptr;
    importer->deleteLater();
    m_progress->hide();
    m_cancelImport->hide();
    if (m_applySampleDetails)
        applySampleDetails(outcomes);
    m_applySampleDetails = false;

    int imported = 0, duplicates = 0;
    qint64 firstImported = -1;
    QList<ImportOutcome> failures;
    for (const ImportOutcome &o : outcomes) {
        if (o.status == ImportOutcome::Imported) {
            ++imported;
            if (firstImported < 0)
                firstImported = o.reportId;
        } else if (o.status == ImportOutcome::Duplicate) {
            ++duplicates;
        } else {
            failures << o;
        }
    }
    reloadLibraryTree();
    QString message;
    if (!libraryError.isEmpty())
        message = tr("Import failed: %1").arg(libraryError);
    else
        message = tr("Imported %n report(s)", nullptr, imported);
    if (duplicates > 0)
        message += tr("; %n already in the library", nullptr, duplicates);
    if (!failures.isEmpty())
        message += tr("; %n could not be read", nullptr, int(failures.size()));
    if (cancelled)
        message += tr(" (cancelled)");
    statusBar()->showMessage(message, 10000);

    if (!m_report && firstImported >= 0) {
        const int page = m_tabs->currentIndex();   // stay on the page the user is looking at
        openReport(firstImported);
        m_tabs->setCurrentIndex(page);
    }
    updatePlaceholder();
    updateActions();
    if (!failures.isEmpty()) {
        auto *dialog = new ImportErrorsDialog(failures, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    Q_EMIT libraryChanged();
    Q_EMIT importFinished();
}

void MainWindow::importSamples()
{
    // The samples live in the resources; copy them where the library can keep pointing at them.
    const QString target = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/samples");
    QDir().mkpath(target);
    QDirIterator it(QStringLiteral(":/samples"), {QStringLiteral("*.txt")}, QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString destination = target + QLatin1Char('/') + QFileInfo(source).fileName();
        if (!QFileInfo::exists(destination)) {
            QFile::copy(source, destination);
            QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        }
    }
    m_applySampleDetails = importPaths({target});
}

void MainWindow::applySampleDetails(const QList<ImportOutcome> &outcomes)
{
    // The made-up 示例 places are in no gazetteer; the samples carry the details staff would enter by hand.
    QFile file(QStringLiteral(":/samples/samples.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QHash<QString, QStringList> details;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (fields.size() >= 7)
            details.insert(fields.at(0), fields);
    }
    for (const ImportOutcome &o : outcomes) {
        const QStringList fields = details.value(QFileInfo(o.file).fileName());
        if (o.reportId < 0 || fields.isEmpty())
            continue;
        const std::optional<Report> report = m_library->report(o.reportId);
        if (!report)
            continue;
        ReportMeta meta = report->meta;
        meta.agency = fields.at(1);
        meta.province = fields.at(2);
        meta.city = fields.at(3);
        meta.district = fields.at(4);
        meta.level = agencyLevelFromKey(fields.at(5));
        meta.year = fields.at(6).toInt();
        if (meta != report->meta)
            m_library->correctMeta(o.reportId, meta);
    }
}

void MainWindow::chooseImportFiles()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Reports"), dir,
        tr("Reports (*.txt *.html *.htm *.pdf *.docx);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Reports"),
        settings.value(QStringLiteral("import/lastDir"), QDir::homePath()).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), dir);
    importPaths({dir});
}

void MainWindow::chooseLibrary()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create a Library"), QFileInfo(m_library->path()).absolutePath(),
        tr("ReportLens libraries (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!openLibrary(path))
        QMessageBox::warning(this, tr("Open Library"),
                             tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), m_libraryError));
}

void MainWindow::rememberLibrary(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings.value(QStringLiteral("library/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("library/recent"), recent);
    settings.setValue(QStringLiteral("library/last"), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("library/recent")).toStringList();
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(n).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!openLibrary(path))
                QMessageBox::warning(this, tr("Open Library"),
                                     tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), m_libraryError));
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Window events

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importer)
        m_importer->cancel();
    if (m_reextractCancel)
        m_reextractCancel->store(true);
    QSettings settings;
    if (m_report)
        settings.setValue(QStringLiteral("library/lastOffset"), qlonglong(m_text->topOffset()));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && !isImporting())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace rl
