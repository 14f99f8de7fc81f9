#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QObject;
class QWidget;

namespace charles {

// The questions asked before something cannot be undone. Each box is modal to `parent`,
// opened without blocking (open(), never exec()), deletes itself when answered, and calls
// `onConfirmed` (while `context` lives) only for the explicit destructive answer; the safe
// answer is the default button and the one Esc and the window's close button give.
class Confirmations
{
    Q_DECLARE_TR_FUNCTIONS(Confirmations)

public:
    using Handler = std::function<void()>;

    // "Cancel, keep token" / "Yes, revoke token".
    static QMessageBox *askRevoke(QWidget *parent, const QString &tokenName, QObject *context,
                                  Handler onConfirmed);
    // "Cancel, keep token" / "Yes, regenerate token".
    static QMessageBox *askRegenerate(QWidget *parent, const QString &tokenName, QObject *context,
                                      Handler onConfirmed);
    // Closing the one-time copy dialog before the value was copied: "No" is the default.
    static QMessageBox *askCloseUncopied(QWidget *parent, QObject *context, Handler onConfirmed);

    // An information or a warning after an action, opened the same way.
    static QMessageBox *tell(QWidget *parent, bool warning, const QString &title,
                             const QString &text, const QString &details = {});

    // Object names tests find the boxes and their buttons by.
    static QString revokeBoxName() { return QStringLiteral("revokeConfirmation"); }
    static QString regenerateBoxName() { return QStringLiteral("regenerateConfirmation"); }
    static QString closeUncopiedBoxName() { return QStringLiteral("closeUncopiedConfirmation"); }
    static QString noticeBoxName() { return QStringLiteral("tokenActionNotice"); }
    static QString confirmButtonName() { return QStringLiteral("confirmButton"); }
    static QString keepButtonName() { return QStringLiteral("keepButton"); }
};

} // namespace charles
