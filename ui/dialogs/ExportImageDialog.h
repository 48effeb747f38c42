#pragma once

#include <QDialog>
#include <QSize>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace rl {

// Size and resolution of an exported chart; remembers the last choice (QSettings). "2× for print"
// doubles pixels and DPI, so the layout stays and the image is twice as sharp.
class ExportImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportImageDialog)
public:
    explicit ExportImageDialog(QWidget *parent = nullptr);

    QSize pixelSize() const;   // after the 2× factor
    int dpi() const;
    void setSuggestedSize(const QSize &size);   // a chart that needs more room (a long ranking)

    void accept() override;    // stores the choice

private:
    void updateSummary();

    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_print = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rl
