#include "dialogs/ExportImageDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace rl {

namespace {
const QString kWidthKey = QStringLiteral("compare/export/width");
const QString kHeightKey = QStringLiteral("compare/export/height");
const QString kDpiKey = QStringLiteral("compare/export/dpi");
const QString kPrintKey = QStringLiteral("compare/export/print");
} // namespace

ExportImageDialog::ExportImageDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Chart"));
    const QSettings settings;
    m_width = new QSpinBox(this);
    m_width->setRange(300, 10000);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(settings.value(kWidthKey, 1200).toInt());
    m_height = new QSpinBox(this);
    m_height->setRange(200, 10000);
    m_height->setSuffix(tr(" px"));
    m_height->setValue(settings.value(kHeightKey, 800).toInt());
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(48, 600);
    m_dpi->setValue(settings.value(kDpiKey, 96).toInt());
    m_print = new QCheckBox(tr("2× for print (double pixels and DPI)"), this);
    m_print->setChecked(settings.value(kPrintKey, false).toBool());
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution (DPI):"), m_dpi);
    form->addRow(QString(), m_print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportImageDialog::updateSummary);
    connect(m_print, &QCheckBox::toggled, this, &ExportImageDialog::updateSummary);
    updateSummary();
}

QSize ExportImageDialog::pixelSize() const
{
    const int f = m_print->isChecked() ? 2 : 1;
    return {m_width->value() * f, m_height->value() * f};
}

int ExportImageDialog::dpi() const
{
    return m_dpi->value() * (m_print->isChecked() ? 2 : 1);
}

void ExportImageDialog::setSuggestedSize(const QSize &size)
{
    m_width->setValue(std::max(m_width->value(), size.width()));
    m_height->setValue(std::max(m_height->value(), size.height()));
}

void ExportImageDialog::accept()
{
    QSettings settings;
    settings.setValue(kWidthKey, m_width->value());
    settings.setValue(kHeightKey, m_height->value());
    settings.setValue(kDpiKey, m_dpi->value());
    settings.setValue(kPrintKey, m_print->isChecked());
    QDialog::accept();
}

void ExportImageDialog::updateSummary()
{
    const QSize px = pixelSize();
    const double cmWidth = px.width() / double(dpi()) * 2.54;
    m_summary->setText(tr("Image: %1 × %2 pixels at %3 DPI (%4 cm wide when printed).")
                           .arg(px.width())
                           .arg(px.height())
                           .arg(dpi())
                           .arg(cmWidth, 0, 'f', 1));
}

} // namespace rl
