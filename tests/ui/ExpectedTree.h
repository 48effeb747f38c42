#pragma once
// A tiny builder for the tree a model should show (Kate style): write the expected tree as nested
// initialiser lists, then compare it with the model node by node, naming the first difference.

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace rl::test {

struct ExpectedNode
{
    QString text;
    QList<ExpectedNode> children;
};

inline ExpectedNode node(const QString &text, const QList<ExpectedNode> &children = {})
{
    return ExpectedNode{text, children};
}

// Empty when the model below `parent` shows exactly `expected` (display text, column 0); else where it differs.
inline QString compareTree(const QAbstractItemModel &model, const QList<ExpectedNode> &expected,
                           const QModelIndex &parent = {}, const QString &path = QStringLiteral("/"))
{
    const int rows = model.rowCount(parent);
    if (rows != expected.size())
        return QStringLiteral("%1: %2 rows, expected %3").arg(path).arg(rows).arg(expected.size());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString here = path + QString::number(row) + QLatin1Char('/');
        if (text != expected.at(row).text)
            return QStringLiteral("%1: \"%2\", expected \"%3\"").arg(here, text, expected.at(row).text);
        if (model.parent(index) != parent)
            return QStringLiteral("%1: parent() does not lead back").arg(here);
        const QString below = compareTree(model, expected.at(row).children, index, here);
        if (!below.isEmpty())
            return below;
    }
    return {};
}

} // namespace rl::test

Q_DECLARE_METATYPE(QList<rl::test::ExpectedNode>)
