#include "dialogs/ImportErrorsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rl {

ImportErrorsDialog::ImportErrorsDialog(const QList<ImportOutcome> &failures, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Files Not Imported"));
    setObjectName(QStringLiteral("importErrorsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("%n file(s) could not be imported. The other files were imported.", nullptr,
                                int(failures.size())), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("importErrors"));
    list->setHeaderLabels({tr("File"), tr("Reason")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    QStringList lines;
    for (const ImportOutcome &o : failures) {
        auto *item = new QTreeWidgetItem(list, {QFileInfo(o.file).fileName(), o.error});
        item->setToolTip(0, o.file);
        item->setToolTip(1, o.error);
        lines << o.file + QLatin1Char('\t') + o.error;
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [lines] { QApplication::clipboard()->setText(lines.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

ImportErrorsDialog::~ImportErrorsDialog() = default;

} // namespace rl
