#pragma once

#include "clipboardguard.h"
#include "core/secretvalue.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace charles {

namespace Ui {
class TokenValueDialog;
}

// Shows a token's value the one time the server sends it, with a Copy button that goes
// through the clipboard guard. Closing before a successful copy asks first. The dialog takes
// the value by move, wipes it and its field when it closes, and deletes itself.
class TokenValueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Origin { Created, Regenerated };
    Q_ENUM(Origin)

    TokenValueDialog(Origin origin, const QString &tokenName, SecretValue value,
                     ClipboardGuard *guard, QWidget *parent = nullptr);
    ~TokenValueDialog() override;

    Origin origin() const { return m_origin; }
    const QString &tokenName() const { return m_tokenName; }
    // True once the value reached the clipboard (read back), by the button or by hand.
    bool isCopied() const { return m_copied; }

    // What the Copy button does.
    void copyValue();

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void valueCopied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Feedback { None, Copied, CopyFailed, Cleared, Replaced };

    void retranslate();
    void setFeedback(Feedback feedback);
    void updateFeedbackText();
    void onGuardReleased(ClipboardGuard::Release how);
    void onClipboardChanged();
    void showValueMenu(const QPoint &position);
    void takeBackPrimarySelection();
    void markCopied();
    void wipeValue();

    std::unique_ptr<Ui::TokenValueDialog> m_ui;
    Origin m_origin;
    QString m_tokenName;
    SecretValue m_value;
    QString m_shown; // the text the field shows; shares its buffer
    QPointer<ClipboardGuard> m_guard;
    QPointer<QMessageBox> m_confirmation;
    Feedback m_feedback = Feedback::None;
    bool m_copied = false;
    bool m_guardHoldsOurs = false;
    bool m_copyFailed = false;
    bool m_closeConfirmed = false;
};

} // namespace charles
