#include "tokenvaluedialog.h"

#include "clipboardguard.h"
#include "confirmations.h"
#include "ui_tokenvaluedialog.h"
#include "uilogging.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace charles {

TokenValueDialog::TokenValueDialog(Origin origin, const QString &tokenName, SecretValue value,
                                   ClipboardGuard *guard, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::TokenValueDialog>()),
      m_origin(origin),
      m_tokenName(tokenName),
      m_value(std::move(value)),
      m_guard(guard)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("tokenValueDialog"));
    setSizeGripEnabled(true);

    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    m_ui->headingLabel->setFont(heading);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    QLineEdit *field = m_ui->valueEdit;
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_shown = m_value.toString();
    // Longer than QLineEdit's default limit (32767), as only a hostile server sends, the field
    // would keep a truncated copy of its own that the wipe below cannot reach.
    field->setMaxLength(int(qMax<qsizetype>(field->maxLength(), m_shown.size())));
    field->setText(m_shown);
    field->setCursorPosition(0);
    // Wide enough for a real value (32 characters); a longer one, as only a hostile server
    // sends, scrolls inside the field instead of pushing the buttons off the screen.
    const int chars = int(qMin<qsizetype>(m_shown.size(), 64));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(m_shown.left(chars)) +
                           4 * field->fontMetrics().averageCharWidth());
    field->installEventFilter(this);
    connect(field, &QWidget::customContextMenuRequested, this, &TokenValueDialog::showValueMenu);
    // The field sets the primary selection after this signal; take it back right after.
    connect(field, &QLineEdit::selectionChanged, this,
            [this] { QTimer::singleShot(0, this, &TokenValueDialog::takeBackPrimarySelection); });

    m_ui->copyButton->setDefault(true);
    m_ui->copyButton->setEnabled(!m_guard.isNull() && !m_value.isEmpty());
    connect(m_ui->copyButton, &QPushButton::clicked, this, &TokenValueDialog::copyValue);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAutoDefault(false);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TokenValueDialog::reject);

    if (m_guard) {
        connect(m_guard, &ClipboardGuard::countdownChanged, this,
                &TokenValueDialog::updateFeedbackText);
        connect(m_guard, &ClipboardGuard::released, this, &TokenValueDialog::onGuardReleased);
    }
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &TokenValueDialog::onClipboardChanged);

    retranslate();
    m_ui->copyButton->setFocus();
    qCInfo(lcUi) << "showing a token value once:" << origin;
}

TokenValueDialog::~TokenValueDialog()
{
    wipeValue();
}

void TokenValueDialog::copyValue()
{
    if (!m_guard || m_value.isEmpty())
        return;

    // The guard reports through released() while it drops a previous copy of ours.
    const bool ok = m_guard->copySecret(m_value);
    m_guardHoldsOurs = ok;
    if (!ok) {
        m_copyFailed = true;
        setFeedback(Feedback::CopyFailed);
        // Ready for a copy by hand.
        m_ui->valueEdit->setFocus();
        m_ui->valueEdit->selectAll();
        return;
    }
    markCopied();
}

void TokenValueDialog::reject()
{
    if (m_copied || m_closeConfirmed || m_value.isEmpty()) {
        QDialog::reject();
        return;
    }
    if (m_confirmation && m_confirmation->isVisible()) {
        m_confirmation->raise();
        m_confirmation->activateWindow();
        return;
    }
    m_confirmation = Confirmations::askCloseUncopied(this, this, [this] {
        m_closeConfirmed = true;
        qCInfo(lcUi) << "token value dialog closed without copying, as confirmed";
        QDialog::reject();
    });
}

void TokenValueDialog::done(int result)
{
    wipeValue();
    QDialog::done(result);
}

bool TokenValueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->valueEdit && event->type() == QEvent::KeyPress && !m_copyFailed) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Ctrl+C in the field goes through the guard too, so that it is marked and cleared.
        if (key->matches(QKeySequence::Copy)) {
            copyValue();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TokenValueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void TokenValueDialog::retranslate()
{
    const bool created = m_origin == Origin::Created;
    setWindowTitle(created ? tr("Token Created") : tr("Token Regenerated"));
    m_ui->headingLabel->setText(created ? tr("Your token has been created!")
                                        : tr("Your token has been regenerated!"));
    m_ui->nameLabel->setText(tr("Token: %1").arg(m_tokenName));
    updateFeedbackText();
}

void TokenValueDialog::setFeedback(Feedback feedback)
{
    m_feedback = feedback;
    updateFeedbackText();
}

void TokenValueDialog::updateFeedbackText()
{
    QString text;
    QString button = tr("&Copy");
    switch (m_feedback) {
    case Feedback::None:
        text = tr("Copy the value before closing this window.");
        break;
    case Feedback::Copied:
        button = tr("Copied", "button feedback after copying");
        if (m_guard && m_guardHoldsOurs) {
            text = tr("Copied. The clipboard will be cleared in %n second(s).", nullptr,
                      m_guard->secondsLeft());
        } else {
            text = tr("Copied.");
        }
        break;
    case Feedback::CopyFailed:
        text = tr("The value could not be put on the clipboard. Select it in the field above "
                  "and copy it by hand (Ctrl+C).");
        break;
    case Feedback::Cleared:
        text = tr("The token was removed from the clipboard.");
        break;
    case Feedback::Replaced:
        text = tr("The clipboard holds something else now; the token is no longer in it.");
        break;
    }
    m_ui->feedbackLabel->setText(text);
    m_ui->copyButton->setText(button);
}

void TokenValueDialog::onGuardReleased(ClipboardGuard::Release how)
{
    if (!m_guardHoldsOurs)
        return;
    m_guardHoldsOurs = false;
    setFeedback(how == ClipboardGuard::Release::Cleared ? Feedback::Cleared : Feedback::Replaced);
}

void TokenValueDialog::onClipboardChanged()
{
    // Only after the guarded copy failed is a copy by hand possible (Ctrl+C and the menu go
    // through the guard otherwise); guard such a copy too, so that it is cleared in time.
    if (!m_copyFailed || m_guardHoldsOurs || !m_guard || m_value.isEmpty())
        return;
    if (m_guard->adoptSecret(m_value)) {
        m_guardHoldsOurs = true;
        markCopied();
    }
}

void TokenValueDialog::showValueMenu(const QPoint &position)
{
    QLineEdit *field = m_ui->valueEdit;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("valueMenu"));
    QAction *copy = menu->addAction(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyValueAction"));
    connect(copy, &QAction::triggered, this, [this, field] {
        if (m_copyFailed)
            field->copy();
        else
            copyValue();
    });
    QAction *selectAll = menu->addAction(tr("Select &All"));
    selectAll->setObjectName(QStringLiteral("selectAllAction"));
    connect(selectAll, &QAction::triggered, field, &QLineEdit::selectAll);
    menu->popup(field->mapToGlobal(position));
}

void TokenValueDialog::markCopied()
{
    const bool first = !m_copied;
    m_copied = true;
    setFeedback(Feedback::Copied);
    if (first)
        qCInfo(lcUi) << "token value copied from the one-time dialog";
    Q_EMIT valueCopied();
}

void TokenValueDialog::takeBackPrimarySelection()
{
    // On X11, selecting text in the field hands it to the primary selection, where no
    // secret hint and no countdown protect it: take it back.
    // Any part of the value counts: a selection from the middle of the field is a piece of it.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || !clipboard->supportsSelection() || !clipboard->ownsSelection() ||
        m_shown.isEmpty())
        return;
    const QMimeData *selection = clipboard->mimeData(QClipboard::Selection);
    if (!selection)
        return;
    const QString selected = selection->text();
    if (selected.isEmpty() || !m_shown.contains(selected))
        return;
    // text() shares the selection's own copy of a part of the value, ours until the selection
    // is cleared: overwrite it in place first, or it would be freed unwiped. A selection of the
    // whole field shares the field's text instead, which is wiped when the dialog closes.
    if (selected.constData() != m_shown.constData())
        wipeShared(selected);
    clipboard->clear(QClipboard::Selection);
}

void TokenValueDialog::wipeValue()
{
    if (m_value.isEmpty() && m_shown.isEmpty())
        return;

    takeBackPrimarySelection();

    // The field keeps the very QString it was given (no mask, no validator), sharing our
    // buffer; overwrite that buffer in place so the field's copy goes too, then let go.
    wipeShared(m_shown);
    if (m_ui && m_ui->valueEdit) {
        // It also draws from a copy of its own (QLineEdit blanks control characters in it),
        // which displayText() shares: overwritten in place too, before the field frees it.
        wipeShared(m_ui->valueEdit->displayText());
        // setText(), unlike clear(), also drops the undo history instead of recording the
        // removed characters in it.
        m_ui->valueEdit->setText(QString());
        m_ui->valueEdit->setEnabled(false);
        m_ui->valueEdit->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_shown = QString();
    m_value.clear();
    m_ui->copyButton->setEnabled(false);
}

} // namespace charles
