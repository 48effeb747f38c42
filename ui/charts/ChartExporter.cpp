#include "charts/ChartExporter.h"

#include "charts/QtChartBuilder.h"
#include "compare/ComparisonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::ChartExporter", text);
}

void setError(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
}

} // namespace

ChartExporter::ChartExporter(ChartBuilder &builder)
    : m_builder(builder)
{
}

QSizeF ChartExporter::layoutSize(const QSize &pixels, int dpi)
{
    const qreal scale = std::max(dpi, 24) / 96.0;
    return QSizeF(pixels.width() / scale, pixels.height() / scale);
}

QImage ChartExporter::image(const Comparison &comparison, const ChartRequest &request, const QSize &pixels, int dpi)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(std::max(dpi, 24) / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    const qreal scale = std::max(dpi, 24) / 96.0;
    painter.scale(scale, scale);
    m_builder.render(comparison, request, &painter, QRectF(QPointF(0, 0), layoutSize(pixels, dpi)));
    painter.end();
    return image;
}

bool ChartExporter::save(const Comparison &comparison, const ChartRequest &request, const QString &path,
                         const QSize &pixels, int dpi, QString *error)
{
    if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 || pixels.height() > 20000) {
        setError(error, tr("the size must be between 100 and 20000 pixels"));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(comparison, request, path, pixels, dpi, error);
    if (suffix == QLatin1String("svg"))
        return saveSvg(comparison, request, path, layoutSize(pixels, dpi), error);
    if (suffix == QLatin1String("pdf"))
        return savePdf(comparison, request, path, layoutSize(pixels, dpi), error);
    setError(error, tr("unknown image format '%1' (use .png, .svg or .pdf)").arg(suffix));
    return false;
}

bool ChartExporter::savePng(const Comparison &c, const ChartRequest &r, const QString &path, const QSize &pixels,
                            int dpi, QString *error)
{
    const QImage img = image(c, r, pixels, dpi);
    if (!img.save(path, "PNG")) {
        setError(error, tr("cannot write the PNG file"));
        return false;
    }
    return true;
}

bool ChartExporter::saveSvg(const Comparison &c, const ChartRequest &r, const QString &path, const QSizeF &size,
                            QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            setError(error, tr("cannot write the SVG file: %1").arg(probe.errorString()));
            return false;
        }
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(QtChartBuilder::title(c, r));
    svg.setDescription(ComparisonText::sourceNote(c, r.language));
    QPainter painter;
    if (!painter.begin(&svg)) {
        setError(error, tr("cannot write the SVG file"));
        return false;
    }
    m_builder.render(c, r, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return true;
}

bool ChartExporter::savePdf(const Comparison &c, const ChartRequest &r, const QString &path, const QSizeF &size,
                            QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            setError(error, tr("cannot write the PDF file: %1").arg(probe.errorString()));
            return false;
        }
    }
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setTitle(QtChartBuilder::title(c, r));
    pdf.setCreator(QStringLiteral("ReportLens"));
    // One page exactly the size of the chart: 96 layout units per inch, 72 points per inch.
    const QPageSize page(QSizeF(size.width() * 72.0 / 96.0, size.height() * 72.0 / 96.0), QPageSize::Point,
                         QString(), QPageSize::ExactMatch);
    pdf.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        setError(error, tr("cannot write the PDF file"));
        return false;
    }
    m_builder.render(c, r, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return true;
}

} // namespace rl
