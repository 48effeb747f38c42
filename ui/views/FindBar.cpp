#include "views/FindBar.h"

#include "views/Icons.h"
#include "views/ReportTextView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace rl {

FindBar::FindBar(ReportTextView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Text in this report"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_previous->setIcon(Icons::get(Icons::Previous));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setIcon(Icons::get(Icons::Next));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setIcon(Icons::get(Icons::Close));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_close);
    setTabOrder(m_field, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);

    m_field->installEventFilter(this);   // Enter: next, Shift+Enter: previous (before QLineEdit sees it)
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // Incremental: search again from the start of the current match.
        QTextCursor c = m_view->textCursor();
        c.setPosition(c.selectionStart());
        m_view->setTextCursor(c);
        find(false);
    });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
}

FindBar::~FindBar() = default;

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::find(bool backwards)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    if (m_view->find(text, backwards)) {
        m_status->clear();
    } else {
        m_status->setText(tr("Not found"));
    }
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rl
