#include "views/ComparePage.h"

#include "charts/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "compare/AgencyOrder.h"
#include "compare/ComparisonText.h"
#include "dialogs/ExportImageDialog.h"
#include "export/ComparisonCsvWriter.h"
#include "export/XlsxComparisonWriter.h"
#include "library/ReportLibrary.h"
#include "models/ComparisonMatrixModel.h"
#include "models/IndicatorLabels.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rl {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kProvinceRole = Qt::UserRole + 2;
constexpr int kLevelRole = Qt::UserRole + 3;

QString kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bars: return ComparePage::tr("Bars by agency");
    case ChartKind::Lines: return ComparePage::tr("Lines by year");
    case ChartKind::Ranking: return ComparePage::tr("Ranking (last year)");
    case ChartKind::Scatter: return ComparePage::tr("Two indicators (scatter)");
    }
    return {};
}

} // namespace

ComparePage::ComparePage(ReportLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_builder(createChartBuilder())
    , m_matrixModel(new ComparisonMatrixModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("comparePage"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(40);   // batches a burst of clicks into one redraw
    connect(m_refreshTimer, &QTimer::timeout, this, &ComparePage::refresh);

    // --- choices (left) ---
    m_indicatorTree = new QTreeWidget(this);
    m_indicatorTree->setHeaderHidden(true);
    m_indicatorTree->setRootIsDecorated(true);
    m_indicatorTree->setAccessibleName(tr("Indicators"));
    connect(m_indicatorTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updatingLists)
            return;
        const QString id = item->data(0, kIdRole).toString();
        if (id.isEmpty())
            return;
        m_indicatorOrder.removeAll(id);
        if (item->checkState(0) == Qt::Checked)
            m_indicatorOrder.append(id);
        scheduleRefresh();
    });

    m_agencyFilter = new QLineEdit(this);
    m_agencyFilter->setPlaceholderText(tr("Filter agencies"));
    m_agencyFilter->setClearButtonEnabled(true);
    m_agencyModel = new QStandardItemModel(this);
    m_agencyProxy = new QSortFilterProxyModel(this);
    m_agencyProxy->setSourceModel(m_agencyModel);
    m_agencyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_agencyProxy->setFilterRole(Qt::ToolTipRole);   // full name with province
    connect(m_agencyFilter, &QLineEdit::textChanged, m_agencyProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_agencyList = new QListView(this);
    m_agencyList->setModel(m_agencyProxy);
    m_agencyList->setAccessibleName(tr("Agencies"));
    connect(m_agencyModel, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_updatingLists)
            scheduleRefresh();
    });
    m_selectButton = new QToolButton(this);
    m_selectButton->setText(tr("Select"));
    m_selectButton->setPopupMode(QToolButton::InstantPopup);
    m_selectButton->setMenu(new QMenu(m_selectButton));
    connect(m_selectButton->menu(), &QMenu::aboutToShow, this, &ComparePage::fillSelectMenu);
    auto *allButton = new QPushButton(tr("All"), this);
    auto *noneButton = new QPushButton(tr("None"), this);
    connect(allButton, &QPushButton::clicked, this, [this] {
        // "All" means all that the filter shows, so a filter plus All selects a province at once.
        selectAgencies([](const ComparisonAgency &) { return true; }, true);
    });
    connect(noneButton, &QPushButton::clicked, this,
            [this] { selectAgencies([](const ComparisonAgency &) { return true; }, false); });

    m_firstYear = new QSpinBox(this);
    m_lastYear = new QSpinBox(this);
    for (QSpinBox *box : {m_firstYear, m_lastYear}) {
        box->setRange(1990, 2100);
        box->setAccessibleName(box == m_firstYear ? tr("First year") : tr("Last year"));
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_updatingLists)
                scheduleRefresh();
        });
    }
    m_chartKind = new QComboBox(this);
    for (ChartKind k : {ChartKind::Bars, ChartKind::Lines, ChartKind::Ranking, ChartKind::Scatter})
        m_chartKind->addItem(kindName(k), int(k));
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &ComparePage::scheduleRefresh);

    auto *choices = new QWidget(this);
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    auto *indicatorBox = new QGroupBox(tr("Indicators"), choices);
    auto *indicatorLayout = new QVBoxLayout(indicatorBox);
    indicatorLayout->addWidget(m_indicatorTree);
    auto *agencyBox = new QGroupBox(tr("Agencies"), choices);
    auto *agencyLayout = new QVBoxLayout(agencyBox);
    agencyLayout->addWidget(m_agencyFilter);
    auto *agencyButtons = new QHBoxLayout;
    agencyButtons->addWidget(allButton);
    agencyButtons->addWidget(noneButton);
    agencyButtons->addWidget(m_selectButton);
    agencyButtons->addStretch();
    agencyLayout->addLayout(agencyButtons);
    agencyLayout->addWidget(m_agencyList);
    auto *form = new QFormLayout;
    auto *years = new QHBoxLayout;
    years->addWidget(m_firstYear);
    years->addWidget(new QLabel(QStringLiteral("–"), choices));
    years->addWidget(m_lastYear);
    auto *yearsLabel = new QLabel(tr("&Years:"), choices);
    yearsLabel->setBuddy(m_firstYear);
    auto *chartLabel = new QLabel(tr("&Chart:"), choices);
    chartLabel->setBuddy(m_chartKind);
    form->addRow(yearsLabel, years);
    form->addRow(chartLabel, m_chartKind);
    choicesLayout->addWidget(indicatorBox, 2);
    choicesLayout->addWidget(agencyBox, 3);
    choicesLayout->addLayout(form);

    // --- chart and matrix (right) ---
    auto *exportChartButton = new QPushButton(tr("Export Chart…"), this);
    auto *copyChartButton = new QPushButton(tr("Copy Chart"), this);
    auto *exportTableButton = new QPushButton(tr("Export Table…"), this);
    exportChartButton->setToolTip(tr("Save the chart as PNG, SVG or PDF with its title, legend and source note"));
    exportTableButton->setToolTip(tr("Save the matrix as CSV or as an Excel workbook with a native chart"));
    connect(exportChartButton, &QPushButton::clicked, this, &ComparePage::exportChart);
    connect(copyChartButton, &QPushButton::clicked, this, &ComparePage::copyChart);
    connect(exportTableButton, &QPushButton::clicked, this, &ComparePage::exportTable);
    m_status = new QLabel(this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(exportChartButton);
    actions->addWidget(copyChartButton);
    actions->addWidget(exportTableButton);

    m_matrix = new QTableView(this);
    m_matrix->setModel(m_matrixModel);
    m_matrix->setAlternatingRowColors(true);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setAccessibleName(tr("Comparison matrix"));
    connect(m_matrix, &QTableView::doubleClicked, this, &ComparePage::activateMatrixCell);

    connect(m_builder.get(), &ChartBuilder::observationActivated, this, &ComparePage::openObservation);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(actions);
    auto *vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_builder->view());
    vertical->addWidget(m_matrix);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({640, 220});   // the chart is the point; the matrix is the detail
    rightLayout->addWidget(vertical, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(choices);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

ComparePage::~ComparePage() = default;

OutputLanguage ComparePage::language() const
{
    return IndicatorLabels::chineseUi() ? OutputLanguage::Chinese : OutputLanguage::English;
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The library may have changed while another page was shown: read it again (cheap, one query).
    if (m_library)
        reload();
}

void ComparePage::reload()
{
    if (!m_library || !m_library->isOpen()) {
        setRecords({});
        return;
    }
    setRecords(m_library->observations());
}

void ComparePage::setRecords(const QList<ObservationRecord> &records)
{
    const bool first = !m_loaded;
    const QStringList checkedAgencies = agencies();
    const QSet<QString> known = [this] {
        QSet<QString> s;
        for (const ComparisonAgency &a : std::as_const(m_allAgencies))
            s.insert(a.name);
        return s;
    }();
    m_records = records;
    m_loaded = true;
    buildIndicatorTree();

    // Agencies: keep the user's choice; agencies new to the list start checked.
    const Comparison all = Comparison::fromRecords(m_records);
    m_allAgencies = all.agencies();
    QStringList checked;
    for (const ComparisonAgency &a : std::as_const(m_allAgencies)) {
        if (first || !known.contains(a.name) || checkedAgencies.contains(a.name))
            checked << a.name;
    }
    buildAgencyList();
    setAgencies(checked);

    const QList<int> years = all.years();
    if (!years.isEmpty() && (first || m_firstYear->value() > years.last() || m_lastYear->value() < years.first()))
        setYearRange(years.first(), years.last());
    else if (!years.isEmpty() && m_lastYear->value() < years.last() && m_lastYear->value() == m_lastYear->property("dataLast").toInt())
        setYearRange(m_firstYear->value(), years.last());   // the range followed the data: keep following
    m_lastYear->setProperty("dataLast", years.isEmpty() ? 0 : years.last());
    scheduleRefresh();
}

void ComparePage::buildIndicatorTree()
{
    QStringList ids;
    for (const ObservationRecord &r : std::as_const(m_records)) {
        if (!ids.contains(r.indicatorId))
            ids << r.indicatorId;
    }
    // Keep the current choice; the first time, the most common comparison: dispute cases.
    QStringList chosen;
    for (const QString &id : std::as_const(m_indicatorOrder)) {
        if (ids.contains(id))
            chosen << id;
    }
    if (chosen.isEmpty() && !ids.isEmpty())
        chosen << (ids.contains(QStringLiteral("dispute_cases")) ? QStringLiteral("dispute_cases") : ids.first());
    m_indicatorOrder = chosen;

    m_updatingLists = true;
    m_indicatorTree->clear();
    const OutputLanguage lang = language();
    QMap<QString, QTreeWidgetItem *> groups;
    std::sort(ids.begin(), ids.end(), [lang](const QString &a, const QString &b) {
        return ComparisonText::indicatorName(a, lang) < ComparisonText::indicatorName(b, lang);
    });
    for (const QString &id : std::as_const(ids)) {
        const QString group = ComparisonText::indicatorGroup(id);
        QTreeWidgetItem *&groupItem = groups[group];
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_indicatorTree, {ComparisonText::groupName(group, lang)});
            groupItem->setFlags(Qt::ItemIsEnabled);
            groupItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(groupItem, {ComparisonText::indicatorName(id, lang)});
        item->setData(0, kIdRole, id);
        item->setToolTip(0, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_indicatorTree->expandAll();
    m_updatingLists = false;
}

void ComparePage::buildAgencyList()
{
    m_updatingLists = true;
    m_agencyModel->clear();
    const OutputLanguage lang = language();
    for (const ComparisonAgency &a : std::as_const(m_allAgencies)) {
        auto *item = new QStandardItem(a.name);
        item->setCheckable(true);
        item->setEditable(false);
        item->setData(a.province, kProvinceRole);
        item->setData(int(a.level), kLevelRole);
        item->setToolTip(a.name + QStringLiteral(" · ") + a.province + QLatin1Char(' ')
                         + ComparisonText::levelName(a.level, lang));
        m_agencyModel->appendRow(item);
    }
    m_updatingLists = false;
}

void ComparePage::setIndicators(const QStringList &indicatorIds)
{
    m_indicatorOrder = indicatorIds;
    buildIndicatorTree();
    scheduleRefresh();
}

QStringList ComparePage::indicators() const
{
    return m_indicatorOrder;
}

void ComparePage::setAgencies(const QStringList &agencyNames)
{
    const QSet<QString> wanted(agencyNames.cbegin(), agencyNames.cend());
    m_updatingLists = true;
    for (int row = 0; row < m_agencyModel->rowCount(); ++row) {
        QStandardItem *item = m_agencyModel->item(row);
        item->setCheckState(wanted.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updatingLists = false;
    scheduleRefresh();
}

QStringList ComparePage::agencies() const
{
    QStringList names;
    for (int row = 0; row < m_agencyModel->rowCount(); ++row) {
        const QStandardItem *item = m_agencyModel->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->text();
    }
    return names;
}

void ComparePage::setYearRange(int first, int last)
{
    m_updatingLists = true;
    m_firstYear->setValue(std::min(first, last));
    m_lastYear->setValue(std::max(first, last));
    m_updatingLists = false;
    scheduleRefresh();
}

void ComparePage::setChartKind(ChartKind kind)
{
    m_chartKind->setCurrentIndex(m_chartKind->findData(int(kind)));
    scheduleRefresh();
}

void ComparePage::selectAgencies(const std::function<bool(const ComparisonAgency &)> &which, bool checked)
{
    m_updatingLists = true;
    // Only rows the filter shows: "filter, then All" is how staff pick a region by name.
    for (int row = 0; row < m_agencyProxy->rowCount(); ++row) {
        const QModelIndex source = m_agencyProxy->mapToSource(m_agencyProxy->index(row, 0));
        QStandardItem *item = m_agencyModel->itemFromIndex(source);
        const int i = source.row();
        if (i < m_allAgencies.size() && which(m_allAgencies.at(i)))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_updatingLists = false;
    scheduleRefresh();
}

void ComparePage::fillSelectMenu()
{
    QMenu *menu = m_selectButton->menu();
    menu->clear();
    const OutputLanguage lang = language();
    QStringList provinces;
    QList<AgencyLevel> levels;
    for (const ComparisonAgency &a : std::as_const(m_allAgencies)) {
        if (!a.province.isEmpty() && !provinces.contains(a.province))
            provinces << a.province;
        if (a.level != AgencyLevel::Unknown && !levels.contains(a.level))
            levels << a.level;
    }
    sortAgencyNames(provinces);
    std::sort(levels.begin(), levels.end());
    QMenu *byProvince = menu->addMenu(tr("Only Province"));
    for (const QString &p : std::as_const(provinces)) {
        byProvince->addAction(p, this, [this, p] {
            selectAgencies([](const ComparisonAgency &) { return true; }, false);
            selectAgencies([p](const ComparisonAgency &a) { return a.province == p; }, true);
        });
    }
    QMenu *byLevel = menu->addMenu(tr("Only Level"));
    for (AgencyLevel l : std::as_const(levels)) {
        byLevel->addAction(ComparisonText::levelName(l, lang), this, [this, l] {
            selectAgencies([](const ComparisonAgency &) { return true; }, false);
            selectAgencies([l](const ComparisonAgency &a) { return a.level == l; }, true);
        });
    }
    QMenu *addProvince = menu->addMenu(tr("Add Province"));
    for (const QString &p : std::as_const(provinces))
        addProvince->addAction(p, this, [this, p] {
            selectAgencies([p](const ComparisonAgency &a) { return a.province == p; }, true);
        });
    QMenu *addLevel = menu->addMenu(tr("Add Level"));
    for (AgencyLevel l : std::as_const(levels))
        addLevel->addAction(ComparisonText::levelName(l, lang), this, [this, l] {
            selectAgencies([l](const ComparisonAgency &a) { return a.level == l; }, true);
        });
}

ChartRequest ComparePage::chartRequest() const
{
    ChartRequest r;
    r.kind = ChartKind(m_chartKind->currentData().toInt());
    r.indicatorId = m_indicatorOrder.value(0);
    r.secondIndicatorId = m_indicatorOrder.value(1);
    r.rankYear = std::nullopt;   // the latest year of the range with values
    r.language = language();
    return r;
}

void ComparePage::scheduleRefresh()
{
    if (!m_updatingLists)
        m_refreshTimer->start();
}

void ComparePage::refreshNow()
{
    m_refreshTimer->stop();
    refresh();
}

void ComparePage::refresh()
{
    ComparisonQuery query;
    query.indicatorIds = m_indicatorOrder;
    query.agencies = agencies();
    query.firstYear = m_firstYear->value();
    query.lastYear = m_lastYear->value();
    if (query.agencies.isEmpty() || query.indicatorIds.isEmpty())
        m_comparison = Comparison();
    else
        m_comparison = Comparison::fromRecords(m_records, query);
    m_matrixModel->setComparison(m_comparison, language());
    ChartRequest request = chartRequest();
    if (request.kind == ChartKind::Scatter && request.secondIndicatorId.isEmpty())
        m_status->setText(tr("Check a second indicator for the scatter chart."));
    else
        m_status->setText(tr("%n value(s)", nullptr, m_comparison.valueCount()));
    m_builder->show(m_comparison, request);
}

void ComparePage::exportChart()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("compare/export/dir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = dir + QLatin1Char('/') + chartRequest().indicatorId + QStringLiteral(".png");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), name,
                                                      tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"),
                                                      &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("compare/export/dir"), QFileInfo(path).absolutePath());
    ExportImageDialog dialog(this);
    dialog.setSuggestedSize(m_builder->naturalSize(m_comparison, chartRequest()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExporter exporter(*m_builder);
    QString error;
    if (!exporter.save(m_comparison, chartRequest(), path, dialog.pixelSize(), dialog.dpi(), &error))
        QMessageBox::warning(this, tr("Export Chart"), QFileInfo(path).fileName() + QStringLiteral(": ") + error);
}

void ComparePage::copyChart()
{
    ChartExporter exporter(*m_builder);
    const QSize size = m_builder->naturalSize(m_comparison, chartRequest()).expandedTo(QSize(1200, 800));
    // 2× so that a chart pasted into a document stays sharp when printed.
    QApplication::clipboard()->setImage(exporter.image(m_comparison, chartRequest(), size * 2, 192));
    m_status->setText(tr("Chart copied to the clipboard."));
}

void ComparePage::exportTable()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("compare/export/dir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"),
                                                      dir + QLatin1Char('/') + chartRequest().indicatorId + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("compare/export/dir"), QFileInfo(path).absolutePath());
    QString error;
    const bool ok = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? ComparisonCsvWriter::write(m_comparison, path, language(), &error)
        : XlsxComparisonWriter::write(m_comparison, path, language(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Table"), QFileInfo(path).fileName() + QStringLiteral(": ") + error);
}

void ComparePage::activateMatrixCell(const QModelIndex &index)
{
    const qint64 report = index.data(ComparisonMatrixModel::ReportIdRole).toLongLong();
    if (report >= 0)
        Q_EMIT openObservation(report, index.data(ComparisonMatrixModel::OffsetRole).toLongLong(),
                               index.data(ComparisonMatrixModel::LengthRole).toLongLong());
}

} // namespace rl
