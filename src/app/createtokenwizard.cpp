#include "createtokenwizard.h"

#include "core/charlesapi.h"
#include "core/pendingcall.h"
#include "core/workspacemodel.h"
#include "namepage.h"
#include "reviewpage.h"
#include "scopespage.h"
#include "uilogging.h"
#include "workspacespage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QStyle>

namespace charles {

namespace {

bool sameMessage(const QString &received, const char *known)
{
    return received.trimmed().compare(QLatin1String(known), Qt::CaseInsensitive) == 0;
}

} // namespace

CreateTokenWizard::CreateTokenWizard(CharlesApi *api, QWidget *parent)
    : QWizard(parent),
      m_api(api),
      m_workspaceModel(new WorkspaceModel(api, this)),
      m_namePage(new NamePage(this)),
      m_workspacesPage(new WorkspacesPage(m_workspaceModel, this)),
      m_scopesPage(new ScopesPage(this)),
      m_reviewPage(new ReviewPage(this))
{
    setObjectName(QStringLiteral("createTokenWizard"));
    setPage(NamePageId, m_namePage);
    setPage(WorkspacesPageId, m_workspacesPage);
    setPage(ScopesPageId, m_scopesPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(NamePageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(600, 520);

    const struct
    {
        QWizard::WizardButton which;
        const char *name;
    } buttons[] = {
        {QWizard::BackButton, "backButton"},
        {QWizard::NextButton, "nextButton"},
        {QWizard::FinishButton, "generateButton"},
        {QWizard::CancelButton, "cancelButton"},
    };
    for (const auto &entry : buttons) {
        if (QAbstractButton *b = button(entry.which))
            b->setObjectName(QLatin1String(entry.name));
    }

    retranslate();
}

CreateTokenWizard::~CreateTokenWizard()
{
    m_value.clear();
}

TokenDraft CreateTokenWizard::draft() const
{
    TokenDraft draft;
    draft.name = m_namePage->name();
    draft.permissions = m_scopesPage->permissions();
    draft.allWorkspaces = m_workspacesPage->allWorkspaces();
    if (!draft.allWorkspaces) {
        const QList<WorkspaceRef> chosen = m_workspacesPage->selection();
        for (const WorkspaceRef &workspace : chosen)
            draft.workspaceIds.append(workspace.id);
    }
    return draft;
}

SecretValue CreateTokenWizard::takeTokenValue()
{
    return std::exchange(m_value, SecretValue());
}

void CreateTokenWizard::reject()
{
    // Esc, Cancel and the window's close button all land here: while the request runs, the
    // outcome must reach the admin, so nothing closes the wizard.
    if (m_busy) {
        qCInfo(lcUi) << "closing the wizard was ignored: a token is being generated";
        return;
    }
    QWizard::reject();
}

void CreateTokenWizard::done(int result)
{
    if (m_busy)
        return;
    QWizard::done(result);
    if (!isVisible())
        m_value.clear();
}

void CreateTokenWizard::showInlineMessage(QLabel *icon, QLabel *label, const QString &message)
{
    const bool show = !message.isEmpty();
    if (show && icon->pixmap().isNull()) {
        QStyle *style = icon->style();
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, icon);
        icon->setPixmap(
            style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, icon).pixmap(size));
    }
    const bool changed = label->text() != message;
    label->setText(message);
    label->setAccessibleDescription(message);
    icon->setVisible(show);
    label->setVisible(show);
    if (show && changed && label->isVisible()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

bool CreateTokenWizard::validateCurrentPage()
{
    if (currentId() != ReviewPageId)
        return QWizard::validateCurrentPage();
    // Finish asks to close; the wizard closes only once the token exists. Until then a click
    // or an Enter sends the request, and every further one while it runs does nothing.
    if (m_created)
        return true;
    if (!m_busy)
        submit();
    return false;
}

void CreateTokenWizard::initializePage(int id)
{
    if (id == ReviewPageId)
        m_reviewPage->showDraft(draft(), m_workspacesPage->selection());
    QWizard::initializePage(id);
}

void CreateTokenWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CreateTokenWizard::retranslate()
{
    setWindowTitle(tr("New System Token"));
    setAccessibleName(tr("New system token"));
    setButtonText(QWizard::FinishButton, tr("&Generate token"));
    if (QAbstractButton *generate = button(QWizard::FinishButton))
        generate->setAccessibleName(tr("Generate token"));
}

void CreateTokenWizard::submit()
{
    const TokenDraft request = draft();
    m_sentName = request.name;
    setBusy(true);
    qCInfo(lcUi) << "generating a system token with" << request.permissions.knownNames().size()
                 << "permissions";
    PendingCall *call = m_api->createToken(
        request, this, [this](Result<CreatedToken> result) { onCreated(std::move(result)); });
    // The answer may already have come (a call refused before sending answers at once).
    if (m_busy)
        m_call = call;
}

void CreateTokenWizard::onCreated(Result<CreatedToken> result)
{
    m_call.clear();
    setBusy(false);
    if (!result.ok()) {
        showFailure(result.error());
        return;
    }

    CreatedToken created = result.takeValue();
    m_value = std::move(created.value);
    m_created = true;
    qCInfo(lcUi) << "system token created:" << created.token.id;

    const QPointer<CreateTokenWizard> self(this);
    Q_EMIT tokenCreated(created.token);
    if (!self)
        return;
    m_value.clear();
    accept();
}

void CreateTokenWizard::showFailure(const ApiError &error)
{
    qCWarning(lcUi) << "generating a system token failed:" << error.logText();
    const QString &said = error.serverMessage();

    if (error.kind() == ApiError::Kind::Validation) {
        if (sameMessage(said, "Workspaces were not found") ||
            sameMessage(said, "Workspaces is required when allWorkspaces is false")) {
            goBackTo(WorkspacesPageId);
            m_workspacesPage->setServerMessage(error.userMessage());
            return;
        }
        if (sameMessage(said, "invalid permissions") ||
            sameMessage(said, "'Permissions' is required")) {
            goBackTo(ScopesPageId);
            m_scopesPage->setServerMessage(error.userMessage());
            return;
        }
    }

    // gate answers a name its database column cannot hold with its own 500 ("value too long
    // for type character varying(64)"), before anything is written. Any other 5xx, a proxy's
    // above all, stays an unknown outcome.
    const bool nameTooLong = error.httpStatus() == 500 && !error.serverErrorId().isEmpty() &&
        (error.detail().contains(QLatin1String("too long"), Qt::CaseInsensitive) ||
         nameLength(m_sentName) > kMaxTokenNameLength);
    if (nameTooLong) {
        goBackTo(NamePageId);
        m_namePage->setServerMessage(
            tr("The server could not store a name this long. Try a shorter name."));
        return;
    }

    if (error.outcomeUnknown()) {
        m_reviewPage->setMessage(
            tr("No answer came back from the server, so the token “%1” may have been created "
               "anyway. The token list now shows the tokens with this name: check it, and "
               "revoke any token you do not want. Generating again may create a second token.")
                .arg(m_sentName));
        Q_EMIT outcomeUnknown(m_sentName);
        return;
    }

    m_reviewPage->setMessage(tr("The token was not generated. %1").arg(error.userMessage()) +
                             QLatin1Char('\n') +
                             tr("Nothing you entered was lost: you can try again."));
}

void CreateTokenWizard::goBackTo(int pageId)
{
    // The pages only go forward in order, so the target is behind the current page.
    for (int steps = 0; currentId() != pageId && steps < ReviewPageId; ++steps)
        back();
}

void CreateTokenWizard::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_reviewPage->setBusy(busy);
    setOption(QWizard::DisabledBackButtonOnLastPage, busy);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_EMIT busyChanged(busy);
}

} // namespace charles
