#include "dialogs/ReportDetailsDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rl {

namespace {
constexpr int kUnknownYear = 1989;   // the spin box's minimum doubles as "unknown"
}

ReportDetailsDialog::ReportDetailsDialog(const ReportMeta &meta, QWidget *parent)
    : QDialog(parent)
    , m_meta(meta)
    , m_agency(new QLineEdit(meta.agency, this))
    , m_province(new QLineEdit(meta.province, this))
    , m_city(new QLineEdit(meta.city, this))
    , m_district(new QLineEdit(meta.district, this))
    , m_level(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    setWindowTitle(tr("Report Details"));
    setObjectName(QStringLiteral("reportDetailsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Correct what ReportLens read from the report. The extracted values are kept; "
                                "comparisons use your corrections."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_agency->setObjectName(QStringLiteral("agency"));
    m_province->setObjectName(QStringLiteral("province"));
    m_city->setObjectName(QStringLiteral("city"));
    m_district->setObjectName(QStringLiteral("district"));
    m_level->setObjectName(QStringLiteral("level"));
    m_year->setObjectName(QStringLiteral("year"));
    m_agency->setMinimumWidth(360);
    m_agency->setPlaceholderText(tr("e.g. 示例市人力资源和社会保障局"));
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&District / county:"), m_district);

    m_level->addItem(tr("Unknown"), int(AgencyLevel::Unknown));
    m_level->addItem(tr("Province"), int(AgencyLevel::Province));
    m_level->addItem(tr("City"), int(AgencyLevel::City));
    m_level->addItem(tr("District"), int(AgencyLevel::District));
    m_level->addItem(tr("County"), int(AgencyLevel::County));
    m_level->setCurrentIndex(qMax(0, m_level->findData(int(meta.level))));
    form->addRow(tr("&Level:"), m_level);

    m_year->setRange(kUnknownYear, QDate::currentDate().year() + 1);
    m_year->setSpecialValueText(tr("Unknown"));
    m_year->setValue(meta.year.value_or(kUnknownYear));
    form->addRow(tr("&Year covered:"), m_year);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ReportDetailsDialog::~ReportDetailsDialog() = default;

ReportMeta ReportDetailsDialog::meta() const
{
    ReportMeta m = m_meta;
    m.agency = m_agency->text().trimmed();
    m.province = m_province->text().trimmed();
    m.city = m_city->text().trimmed();
    m.district = m_district->text().trimmed();
    m.level = AgencyLevel(m_level->currentData().toInt());
    if (m_year->value() == kUnknownYear)
        m.year.reset();
    else
        m.year = m_year->value();
    return m;
}

} // namespace rl
