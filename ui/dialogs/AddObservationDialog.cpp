#include "dialogs/AddObservationDialog.h"

#include "models/IndicatorLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rl {

AddObservationDialog::AddObservationDialog(const QString &selectedText, QWidget *parent)
    : QDialog(parent)
    , m_indicator(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_unit(new QLineEdit(this))
    , m_approx(new QCheckBox(tr("&Approximate (余, 多, 约 …)"), this))
{
    setWindowTitle(tr("Add Figure"));
    setObjectName(QStringLiteral("addObservationDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *quote = new QLabel(tr("Selected text: %1").arg(selectedText.left(200)), this);
    quote->setWordWrap(true);
    layout->addWidget(quote);

    auto *form = new QFormLayout;
    m_indicator->setObjectName(QStringLiteral("indicator"));
    m_value->setObjectName(QStringLiteral("value"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_indicator->setEditable(true);   // an id outside the catalog may be typed
    m_indicator->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &id : IndicatorLabels::ids())
        m_indicator->addItem(IndicatorLabels::name(id), id);
    m_indicator->setMinimumWidth(320);
    form->addRow(tr("&Indicator:"), m_indicator);
    m_value->setRange(0, 1e13);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    QString unitHint;
    m_value->setValue(firstNumber(selectedText, &unitHint));
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(QString(), m_approx);
    layout->addLayout(form);

    auto syncUnit = [this, unitHint] {
        const QString catalogUnit = IndicatorLabels::unit(m_indicator->currentData().toString());
        m_unit->setText(catalogUnit.isEmpty() ? unitHint : catalogUnit);
    };
    connect(m_indicator, &QComboBox::currentIndexChanged, this, syncUnit);
    syncUnit();
    m_approx->setChecked(selectedText.contains(QRegularExpression(QStringLiteral("[余多约近逾]|超过"))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AddObservationDialog::~AddObservationDialog() = default;

double AddObservationDialog::firstNumber(const QString &text, QString *unitHint)
{
    static const QRegularExpression number(
        QStringLiteral("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万|亿)?\\s*(元|件|宗|起|人次|人|户|家|场|%)?"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return 0;
    double v = m.captured(1).remove(QLatin1Char(',')).toDouble();
    if (m.captured(2) == QStringLiteral("万"))
        v *= 1e4;
    else if (m.captured(2) == QStringLiteral("亿"))
        v *= 1e8;
    if (unitHint) {
        QString unit = m.captured(3);
        if (unit == QStringLiteral("宗") || unit == QStringLiteral("起"))
            unit = QStringLiteral("件");
        if (unit == QStringLiteral("家"))
            unit = QStringLiteral("户");
        *unitHint = unit;
    }
    return v;
}

Observation AddObservationDialog::observation() const
{
    Observation o;
    const int current = m_indicator->currentIndex();
    const bool typed = current < 0 || m_indicator->currentText() != m_indicator->itemText(current);
    o.id = typed ? m_indicator->currentText().trimmed() : m_indicator->currentData().toString();
    o.value = m_value->value();
    o.unit = m_unit->text().trimmed();
    o.approx = m_approx->isChecked();
    o.manual = true;
    return o;
}

} // namespace rl
