#include "namepage.h"

#include "core/types.h"
#include "createtokenwizard.h"
#include "ui_namepage.h"

namespace charles {

NamePage::NamePage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::NamePage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("namePage"));
    // QLineEdit's own limit counts UTF-16 units and would cut 64 emoji in half; the page
    // counts code points itself and only keeps pasted novels out.
    m_ui->nameEdit->setMaxLength(4 * kMaxTokenNameLength);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NamePage::onTextEdited);
    setFocusProxy(m_ui->nameEdit);
    retranslate();
}

NamePage::~NamePage() = default;

QString NamePage::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void NamePage::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

int NamePage::nameLength() const
{
    return charles::nameLength(name());
}

void NamePage::setServerMessage(const QString &message)
{
    m_serverMessage = message;
    updateState();
    if (!message.isEmpty())
        m_ui->nameEdit->setFocus();
}

bool NamePage::isComplete() const
{
    const int length = nameLength();
    return length > 0 && length <= kMaxTokenNameLength;
}

void NamePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void NamePage::retranslate()
{
    setTitle(tr("Name"));
    setSubTitle(tr("How the token is called in the list."));
    updateState();
}

void NamePage::onTextEdited()
{
    m_edited = true;
    m_serverMessage.clear();
    updateState();
    Q_EMIT completeChanged();
}

void NamePage::updateState()
{
    const int length = nameLength();
    m_ui->counterLabel->setText(tr("%1/%2", "name length counter: characters typed/maximum")
                                    .arg(length)
                                    .arg(kMaxTokenNameLength));
    m_ui->counterLabel->setAccessibleName(
        tr("Name length: %1 of at most %n character(s)", nullptr, kMaxTokenNameLength).arg(length));

    QString message = m_serverMessage;
    if (message.isEmpty() && m_edited) {
        const QString typed = m_ui->nameEdit->text();
        if (typed.isEmpty())
            message = tr("Enter a name for the token.");
        else if (length == 0)
            message = tr("The name cannot be made of spaces only.");
        else if (length > kMaxTokenNameLength)
            message =
                tr("The name is %n character(s) too long.", nullptr, length - kMaxTokenNameLength) +
                QLatin1Char(' ') +
                tr("At most %n character(s) are allowed.", nullptr, kMaxTokenNameLength);
    }
    CreateTokenWizard::showInlineMessage(m_ui->nameMessageIcon, m_ui->nameMessageLabel, message);
}

} // namespace charles
