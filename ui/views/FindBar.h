#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace rl {

class ReportTextView;

// Ctrl+F bar under the report text: type, Enter / F3 for next, Shift+Enter / Shift+F3 for previous, Esc closes.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(ReportTextView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    void activate();          // shows the bar, focuses the field, takes the selection as the query
    QLineEdit *field() const { return m_field; }

public Q_SLOTS:
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backwards);

    ReportTextView *m_view;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
};

} // namespace rl
