#pragma once

#include "model/ReportMeta.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rl {

// Edit ▸ Report Details…: corrects what the detector found (agency, place, level, year).
class ReportDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailsDialog)
public:
    explicit ReportDetailsDialog(const ReportMeta &meta, QWidget *parent = nullptr);
    ~ReportDetailsDialog() override;

    ReportMeta meta() const;   // the input with the edited fields replaced

private:
    ReportMeta m_meta;
    QLineEdit *m_agency;
    QLineEdit *m_province;
    QLineEdit *m_city;
    QLineEdit *m_district;
    QComboBox *m_level;
    QSpinBox *m_year;
};

} // namespace rl
