#pragma once

#include "library/ImportOutcome.h"

#include <QDialog>
#include <QList>

namespace rl {

// Lists the files an import could not take, each with its reason.
class ImportErrorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportErrorsDialog)
public:
    explicit ImportErrorsDialog(const QList<ImportOutcome> &failures, QWidget *parent = nullptr);
    ~ImportErrorsDialog() override;
};

} // namespace rl
