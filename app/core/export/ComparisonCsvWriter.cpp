#include "export/ComparisonCsvWriter.h"

#include "compare/ComparisonText.h"
#include "export/CsvWriter.h"
#include "export/MatrixColumns.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rl {

QByteArray ComparisonCsvWriter::toCsv(const Comparison &comparison, OutputLanguage language)
{
    QString text = CsvWriter::row(MatrixColumns::header(comparison, language));
    for (const QString &id : comparison.indicatorIds()) {
        for (int a = 0; a < comparison.agencies().size(); ++a) {
            if (!MatrixColumns::hasValue(comparison, id, a))
                continue;
            QStringList fields = MatrixColumns::leading(comparison, id, a, language);
            for (int year : comparison.years()) {
                const ComparisonCell *c = comparison.cellPtr(id, a, year);
                fields << (c ? QString::number(c->value, 'g', 15) : QString());
            }
            fields << MatrixColumns::unit(comparison, id, language) << MatrixColumns::notes(comparison, id, a, language);
            text += CsvWriter::row(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ComparisonCsvWriter::write(const Comparison &comparison, const QString &path, OutputLanguage language,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(comparison, language)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("rl::ComparisonCsvWriter", "cannot write the CSV file: %1")
                         .arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace rl
