#include "export/XlsxComparisonWriter.h"

#include "compare/AgencyOrder.h"
#include "compare/ComparisonText.h"
#include "compare/ValueFormat.h"
#include "export/MatrixColumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace rl {

namespace {

// libxlsxwriter copies every string it is given, so a temporary's buffer is enough.
struct Utf8
{
    explicit Utf8(const QString &s) : bytes(s.toUtf8()) {}
    operator const char *() const { return bytes.constData(); }
    QByteArray bytes;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::XlsxComparisonWriter", text);
}

// Excel refuses sheet names longer than 31 characters or with []:*?/\ in them.
QString sheetName(QString name)
{
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char(' '));
    return name.left(31);
}

} // namespace

bool XlsxComparisonWriter::write(const Comparison &comparison, const QString &path, OutputLanguage language,
                                 QString *error)
{
    const bool zh = language == OutputLanguage::Chinese;
    {
        // libxlsxwriter writes only at close; find an unwritable place before doing the work.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("cannot write the XLSX file: %1").arg(probe.errorString());
            return false;
        }
    }

    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook) {
        if (error)
            *error = tr("cannot create the XLSX workbook");
        return false;
    }

    lxw_doc_properties properties = {};
    const Utf8 docTitle(zh ? QStringLiteral("指标对比") : QStringLiteral("Indicator comparison"));
    const Utf8 docComments(ComparisonText::sourceNote(comparison, language));
    properties.title = const_cast<char *>(static_cast<const char *>(docTitle));
    properties.comments = const_cast<char *>(static_cast<const char *>(docComments));
    properties.author = const_cast<char *>("ReportLens");
    workbook_set_properties(workbook, &properties);

    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDE6F0);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    lxw_format *numberFormat = workbook_add_format(workbook);
    format_set_num_format(numberFormat, "#,##0.##");
    format_set_border(numberFormat, LXW_BORDER_THIN);
    // Flagged values are shaded, as charts mark them: not plainly stated in the report.
    lxw_format *flaggedFormat = workbook_add_format(workbook);
    format_set_num_format(flaggedFormat, "#,##0.##");
    format_set_border(flaggedFormat, LXW_BORDER_THIN);
    format_set_bg_color(flaggedFormat, 0xFFF2CC);
    format_set_italic(flaggedFormat);
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_border(textFormat, LXW_BORDER_THIN);
    lxw_format *noteFormat = workbook_add_format(workbook);
    format_set_font_color(noteFormat, 0x555555);
    format_set_italic(noteFormat);

    // --- the matrix ---------------------------------------------------------------------------------------
    const QString matrixName = sheetName(zh ? QStringLiteral("对比矩阵") : QStringLiteral("Matrix"));
    const Utf8 matrixSheet(matrixName);
    lxw_worksheet *matrix = workbook_add_worksheet(workbook, matrixSheet);
    const QList<int> years = comparison.years();
    const QStringList header = MatrixColumns::header(comparison, language);
    QStringList names;
    for (const QString &id : comparison.indicatorIds())
        names << ComparisonText::indicatorName(id, language);
    const QString title = (zh ? QStringLiteral("指标对比:") : QStringLiteral("Indicator comparison: "))
        + names.join(zh ? QStringLiteral("、") : QStringLiteral(", ")) + QLatin1Char(' ')
        + ComparisonText::yearRange(years, language);
    worksheet_write_string(matrix, 0, 0, Utf8(title), titleFormat);
    for (int col = 0; col < header.size(); ++col)
        worksheet_write_string(matrix, 1, lxw_col_t(col), Utf8(header.at(col)), headerFormat);
    worksheet_set_column(matrix, 0, 0, 24, nullptr);
    worksheet_set_column(matrix, 1, 1, 16, nullptr);
    worksheet_set_column(matrix, 2, 2, 30, nullptr);
    worksheet_set_column(matrix, 3, 4, 10, nullptr);
    const int firstYearCol = MatrixColumns::leadingCount;
    worksheet_set_column(matrix, lxw_col_t(firstYearCol), lxw_col_t(firstYearCol + years.size() - 1), 12, nullptr);
    worksheet_set_column(matrix, lxw_col_t(firstYearCol + years.size() + 1),
                         lxw_col_t(firstYearCol + years.size() + 1), 36, nullptr);
    worksheet_freeze_panes(matrix, 2, 3);

    struct Block
    {
        QString indicatorId;
        int firstRow;
        int lastRow;
    };
    QList<Block> blocks;
    int row = 2;
    for (const QString &id : comparison.indicatorIds()) {
        const int first = row;
        for (int a = 0; a < comparison.agencies().size(); ++a) {
            if (!MatrixColumns::hasValue(comparison, id, a))
                continue;
            const QStringList leading = MatrixColumns::leading(comparison, id, a, language);
            for (int col = 0; col < leading.size(); ++col)
                worksheet_write_string(matrix, lxw_row_t(row), lxw_col_t(col), Utf8(leading.at(col)), textFormat);
            for (int y = 0; y < years.size(); ++y) {
                const lxw_col_t col = lxw_col_t(firstYearCol + y);
                const ComparisonCell *c = comparison.cellPtr(id, a, years.at(y));
                if (!c) {
                    worksheet_write_blank(matrix, lxw_row_t(row), col, textFormat);   // missing: a gap, not 0
                    continue;
                }
                worksheet_write_number(matrix, lxw_row_t(row), col, c->value, c->flagged() ? flaggedFormat : numberFormat);
                QString comment;
                const QString flags = ComparisonText::flags(*c, language);
                if (!flags.isEmpty())
                    comment += flags + QLatin1Char('\n');
                if (!c->quote.isEmpty())
                    comment += (zh ? QStringLiteral("原文:") : QStringLiteral("Source: ")) + c->quote;
                if (!comment.isEmpty())
                    worksheet_write_comment(matrix, lxw_row_t(row), col, Utf8(comment.left(1000)));
            }
            worksheet_write_string(matrix, lxw_row_t(row), lxw_col_t(firstYearCol + years.size()),
                                   Utf8(MatrixColumns::unit(comparison, id, language)), textFormat);
            worksheet_write_string(matrix, lxw_row_t(row), lxw_col_t(firstYearCol + years.size() + 1),
                                   Utf8(MatrixColumns::notes(comparison, id, a, language)), textFormat);
            ++row;
        }
        if (row > first)
            blocks << Block{id, first, row - 1};
    }
    ++row;
    QStringList notes;
    notes << (zh ? QStringLiteral("空白表示报告中没有该数据(不是0);阴影为约数、推算或更正的数值,批注为原文。")
                 : QStringLiteral("A blank cell means the report gives no figure (not 0); shaded values are "
                                  "approximate, derived or corrected; comments quote the source."));
    notes += ComparisonText::sourceNote(comparison, language).split(QLatin1Char('\n'));
    for (const QString &note : std::as_const(notes))
        worksheet_write_string(matrix, lxw_row_t(row++), 0, Utf8(note), noteFormat);

    // --- every value with its source ------------------------------------------------------------------------
    lxw_worksheet *values = workbook_add_worksheet(workbook, Utf8(sheetName(zh ? QStringLiteral("数据明细")
                                                                               : QStringLiteral("Values"))));
    const QStringList valueHeader = zh
        ? QStringList{QStringLiteral("指标"), QStringLiteral("指标代码"), QStringLiteral("单位"), QStringLiteral("年份"),
                      QStringLiteral("数值"), QStringLiteral("计量单位"), QStringLiteral("约数"), QStringLiteral("推算"),
                      QStringLiteral("已更正"), QStringLiteral("人工录入"), QStringLiteral("原文"), QStringLiteral("报告编号")}
        : QStringList{QStringLiteral("Indicator"), QStringLiteral("Indicator id"), QStringLiteral("Agency"),
                      QStringLiteral("Year"), QStringLiteral("Value"), QStringLiteral("Unit"), QStringLiteral("Approximate"),
                      QStringLiteral("Derived"), QStringLiteral("Corrected"), QStringLiteral("Entered by hand"),
                      QStringLiteral("Quote"), QStringLiteral("Report id")};
    for (int col = 0; col < valueHeader.size(); ++col)
        worksheet_write_string(values, 0, lxw_col_t(col), Utf8(valueHeader.at(col)), headerFormat);
    worksheet_set_column(values, 0, 0, 24, nullptr);
    worksheet_set_column(values, 2, 2, 30, nullptr);
    worksheet_set_column(values, 10, 10, 60, nullptr);
    worksheet_freeze_panes(values, 1, 0);
    const QString yes = zh ? QStringLiteral("是") : QStringLiteral("yes");
    int vr = 1;
    for (const QString &id : comparison.indicatorIds()) {
        for (int a = 0; a < comparison.agencies().size(); ++a) {
            for (int year : years) {
                const ComparisonCell *c = comparison.cellPtr(id, a, year);
                if (!c)
                    continue;
                worksheet_write_string(values, lxw_row_t(vr), 0, Utf8(ComparisonText::indicatorName(id, language)), nullptr);
                worksheet_write_string(values, lxw_row_t(vr), 1, Utf8(id), nullptr);
                worksheet_write_string(values, lxw_row_t(vr), 2, Utf8(comparison.agencies().at(a).name), nullptr);
                worksheet_write_number(values, lxw_row_t(vr), 3, year, nullptr);
                worksheet_write_number(values, lxw_row_t(vr), 4, c->value, numberFormat);
                worksheet_write_string(values, lxw_row_t(vr), 5, Utf8(ValueFormat::unitName(c->unit, language)), nullptr);
                const bool flags[] = {c->approx, c->derived, c->corrected, c->manual};
                for (int f = 0; f < 4; ++f) {
                    if (flags[f])
                        worksheet_write_string(values, lxw_row_t(vr), lxw_col_t(6 + f), Utf8(yes), nullptr);
                }
                worksheet_write_string(values, lxw_row_t(vr), 10, Utf8(c->quote), nullptr);
                worksheet_write_number(values, lxw_row_t(vr), 11, double(c->reportId), nullptr);
                ++vr;
            }
        }
    }

    // --- a native chart per indicator, each on its own chartsheet ------------------------------------------
    int chartNumber = 0;
    for (const Block &block : std::as_const(blocks)) {
        ++chartNumber;
        const QString name = ComparisonText::indicatorName(block.indicatorId, language);
        const QString chartSheetName = sheetName((zh ? QStringLiteral("图表%1 ") : QStringLiteral("Chart %1 "))
                                                     .arg(chartNumber) + name);
        lxw_chartsheet *sheet = workbook_add_chartsheet(workbook, Utf8(chartSheetName));
        lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
        for (int y = 0; y < years.size(); ++y) {
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, matrixSheet, lxw_row_t(block.firstRow), 2, lxw_row_t(block.lastRow), 2);
            chart_series_set_values(series, matrixSheet, lxw_row_t(block.firstRow), lxw_col_t(firstYearCol + y),
                                    lxw_row_t(block.lastRow), lxw_col_t(firstYearCol + y));
            chart_series_set_name_range(series, matrixSheet, 1, lxw_col_t(firstYearCol + y));
        }
        const QString chartTitle = zh ? QString(name + QStringLiteral(":各单位对比(")
                                                + ComparisonText::yearRange(years, language) + QStringLiteral(")"))
                                      : QString(name + QStringLiteral(" by agency, ")
                                                + ComparisonText::yearRange(years, language));
        chart_title_set_name(chart, Utf8(chartTitle));
        chart_axis_set_name(chart->x_axis, Utf8(ComparisonText::agencyWord(language)));
        const AxisScale unscaled{1, ValueFormat::unitName(comparison.unit(block.indicatorId), language)};
        chart_axis_set_name(chart->y_axis, Utf8(ComparisonText::axisTitle(block.indicatorId, unscaled, language)));
        chart_axis_set_num_format(chart->y_axis, "#,##0");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
        chartsheet_set_chart(sheet, chart);
    }

    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        if (error)
            *error = tr("cannot write the XLSX file: %1").arg(QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    return true;
}

} // namespace rl
