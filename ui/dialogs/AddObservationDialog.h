#pragma once

#include "model/Observation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QCheckBox;

namespace rl {

// Adds a figure the extractor missed, from the text the user selected.
class AddObservationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddObservationDialog)
public:
    AddObservationDialog(const QString &selectedText, QWidget *parent = nullptr);
    ~AddObservationDialog() override;

    // The indicator, value, unit and approx flag chosen; the caller fills the position.
    Observation observation() const;

    // The first number written in `text` (half-width digits, optional 万/亿 multiplier); 0 when none.
    static double firstNumber(const QString &text, QString *unitHint = nullptr);

private:
    QComboBox *m_indicator;
    QDoubleSpinBox *m_value;
    QLineEdit *m_unit;
    QCheckBox *m_approx;
};

} // namespace rl
