#include "confirmations.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace charles {

namespace {

struct Question
{
    QString boxName;
    QString title;
    QString text;
    QString informative;
    QString confirmText;
    QString keepText;
};

QMessageBox *ask(QWidget *parent, const Question &question, QObject *context,
                 Confirmations::Handler onConfirmed)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(question.boxName);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(question.title);
    // A token name is the admin's text: never let it be read as markup.
    box->setTextFormat(Qt::PlainText);
    box->setText(question.text);
    box->setInformativeText(question.informative);

    QPushButton *confirm = box->addButton(question.confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(Confirmations::confirmButtonName());
    confirm->setAccessibleName(QString(question.confirmText).remove(QLatin1Char('&')));
    QPushButton *keep = box->addButton(question.keepText, QMessageBox::RejectRole);
    keep->setObjectName(Confirmations::keepButtonName());
    keep->setAccessibleName(QString(question.keepText).remove(QLatin1Char('&')));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAccessibleName(question.title);
    box->setAccessibleDescription(question.text + QLatin1Char(' ') + question.informative);

    QObject::connect(box, &QMessageBox::buttonClicked, context,
                     [confirm, onConfirmed = std::move(onConfirmed)](QAbstractButton *button) {
                         if (button == confirm && onConfirmed)
                             onConfirmed();
                     });
    box->open();
    keep->setFocus();
    return box;
}

} // namespace

QMessageBox *Confirmations::askRevoke(QWidget *parent, const QString &tokenName, QObject *context,
                                      Handler onConfirmed)
{
    Question q;
    q.boxName = revokeBoxName();
    q.title = tr("Revoke “%1”?").arg(tokenName);
    q.text = tr("Revoke the system token “%1”?").arg(tokenName);
    q.informative = tr("Applications and pipelines using this token will lose access to "
                       "Charles at once. This cannot be undone.");
    q.confirmText = tr("Yes, &revoke token");
    q.keepText = tr("&Cancel, keep token");
    return ask(parent, q, context, std::move(onConfirmed));
}

QMessageBox *Confirmations::askRegenerate(QWidget *parent, const QString &tokenName,
                                          QObject *context, Handler onConfirmed)
{
    Question q;
    q.boxName = regenerateBoxName();
    q.title = tr("Regenerate “%1”?").arg(tokenName);
    q.text = tr("Regenerate the system token “%1”?").arg(tokenName);
    q.informative = tr("Its current value stops working at once: applications and pipelines "
                       "using it lose access until they are given the new value. This cannot "
                       "be undone.");
    q.confirmText = tr("Yes, r&egenerate token");
    q.keepText = tr("&Cancel, keep token");
    return ask(parent, q, context, std::move(onConfirmed));
}

QMessageBox *Confirmations::askCloseUncopied(QWidget *parent, QObject *context, Handler onConfirmed)
{
    Question q;
    q.boxName = closeUncopiedBoxName();
    q.title = tr("Close without copying?");
    q.text = tr("You won't be able to see this token again. Close anyway?");
    q.informative = tr("The value is not stored anywhere. If you lose it, you will have to "
                       "regenerate the token.");
    q.confirmText = tr("&Yes, close");
    q.keepText = tr("&No", "keep the token dialog open");
    return ask(parent, q, context, std::move(onConfirmed));
}

QMessageBox *Confirmations::tell(QWidget *parent, bool warning, const QString &title,
                                 const QString &text, const QString &details)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(noticeBoxName());
    box->setIcon(warning ? QMessageBox::Warning : QMessageBox::Information);
    box->setWindowTitle(title);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    box->setInformativeText(details);
    box->setStandardButtons(QMessageBox::Ok);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("okButton"));
    box->setAccessibleName(title);
    box->setAccessibleDescription(details.isEmpty() ? text : text + QLatin1Char(' ') + details);
    box->open();
    return box;
}

} // namespace charles
