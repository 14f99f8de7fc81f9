#include "clipboardguard.h"

#include "settingnumber.h"
#include "uilogging.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace charles {

namespace {

QString plainTextFormat()
{
    return QStringLiteral("text/plain");
}

// Clipboard content that overwrites its copy of the value when the clipboard lets it go.
// Qt hands out shared copies of the bytes; only a buffer nobody else holds gets overwritten.
class SecretMimeData : public QMimeData
{
public:
    explicit SecretMimeData(const SecretValue &value) : m_secret(value.clone())
    {
        setData(plainTextFormat(), m_secret.bytes());
        // KDE's Klipper and most Linux clipboard managers skip content carrying this hint.
        setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
        // Pasteboard managers on macOS honour the concealed type (nspasteboard.org).
        setData(QStringLiteral("application/x-nspasteboard-concealed-type"),
                QByteArrayLiteral("secret"));
#elif defined(Q_OS_WIN)
        // A DWORD 0 in these formats keeps the value out of Windows' clipboard history and
        // cloud clipboard, and asks clipboard monitors to ignore it.
        const QByteArray zeroDword(4, '\0');
        setData(QStringLiteral("application/x-qt-windows-mime;value="
                               "\"ExcludeClipboardContentFromMonitorProcessing\""),
                zeroDword);
        setData(QStringLiteral("application/x-qt-windows-mime;value="
                               "\"CanIncludeInClipboardHistory\""),
                zeroDword);
#endif
    }

    ~SecretMimeData() override
    {
        // Drop QMimeData's own reference first, so our buffer may be the last one.
        removeFormat(plainTextFormat());
        m_secret.clear();
    }

private:
    SecretValue m_secret;
};

} // namespace

QString ClipboardGuard::clearSecondsKey()
{
    return QStringLiteral("clipboard/clearSeconds");
}

int ClipboardGuard::configuredClearSeconds()
{
    const std::optional<qint64> seconds = wholeNumberSetting(clearSecondsKey());
    // Clearing must happen: an unset, zero, negative or absurd delay falls back to the default.
    if (!seconds || *seconds <= 0 || *seconds > kMaxClearSeconds)
        return kDefaultClearSeconds;
    return int(*seconds);
}

QString ClipboardGuard::quitWarning()
{
    return tr("The copied token will be removed from the clipboard when you quit.");
}

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    // Ticks finer than a second, so that the countdown shown never skips or lingers on a
    // number however the timers drift.
    m_tick.setInterval(200);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_deadline.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &ClipboardGuard::onTick);
    connect(&m_deadline, &QTimer::timeout, this, &ClipboardGuard::clearNow);

    // An X11 clipboard dies with its owner anyway; on other systems it would outlive us.
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
    if (auto *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
}

ClipboardGuard::~ClipboardGuard()
{
    if (hasPendingSecret() && QGuiApplication::instance())
        clearNow();
    m_secret.clear();
}

bool ClipboardGuard::copySecret(const SecretValue &value)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || value.isEmpty())
        return false;

    // A value guarded before is replaced: the clipboard no longer holds it after this.
    if (hasPendingSecret())
        release(Release::Replaced);

    m_settingClipboard = true;
    clipboard->setMimeData(new SecretMimeData(value));
    m_settingClipboard = false;
    m_ownershipReported = clipboard->ownsClipboard();

    const QMimeData *readBack = clipboard->mimeData();
    if (!readBack || !value.equals(readBack->data(plainTextFormat()))) {
        qCWarning(lcUi) << "the clipboard did not keep the copied token value";
        return false;
    }

    qCInfo(lcUi) << "token value copied to the clipboard, marked as secret";
    guard(value.clone());
    return true;
}

bool ClipboardGuard::adoptSecret(const SecretValue &value)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || value.isEmpty())
        return false;
    if (hasPendingSecret() && m_secret.equals(value.bytes()))
        return true;

    const QMimeData *content = clipboard->mimeData();
    if (!content || !value.equals(content->data(plainTextFormat())))
        return false;

    if (hasPendingSecret())
        release(Release::Replaced);
    m_ownershipReported = clipboard->ownsClipboard();
    qCInfo(lcUi) << "token value copied by hand; guarding the clipboard";
    guard(value.clone());
    return true;
}

int ClipboardGuard::secondsLeft() const
{
    if (!hasPendingSecret())
        return 0;
    const qint64 left = qMax<qint64>(0, m_clearMs - m_clock.elapsed());
    return int((left + 999) / 1000);
}

void ClipboardGuard::clearNow()
{
    if (!hasPendingSecret())
        return;

    if (!clipboardHoldsSecret()) {
        qCInfo(lcUi) << "the clipboard changed since the token was copied; left untouched";
        release(Release::Replaced);
        return;
    }

    m_settingClipboard = true;
    QGuiApplication::clipboard()->clear();
    m_settingClipboard = false;
    qCInfo(lcUi) << "token value removed from the clipboard";
    release(Release::Cleared);
}

void ClipboardGuard::guard(SecretValue copy)
{
    m_secret = std::move(copy);
    m_clearMs = configuredClearSeconds() * 1000;
    m_clock.start();
    m_deadline.start(m_clearMs);
    m_tick.start();
    m_lastAnnounced = -1;
    Q_EMIT pendingChanged(true);
    onTick();
}

bool ClipboardGuard::clipboardHoldsSecret() const
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    // Where ownership is reported, content we no longer own is someone else's; not reading
    // it also spares a round trip to another application's clipboard.
    if (m_ownershipReported && !clipboard->ownsClipboard())
        return false;
    const QMimeData *content = clipboard->mimeData();
    return content && m_secret.equals(content->data(plainTextFormat()));
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_settingClipboard || !hasPendingSecret())
        return;
    // The admin copied something else: nothing of ours is left to clear.
    if (!clipboardHoldsSecret()) {
        qCInfo(lcUi) << "the clipboard was replaced before the countdown ended";
        release(Release::Replaced);
    }
}

void ClipboardGuard::onTick()
{
    const int left = secondsLeft();
    if (left == m_lastAnnounced)
        return;
    m_lastAnnounced = left;
    Q_EMIT countdownChanged(left);
}

void ClipboardGuard::release(Release how)
{
    m_tick.stop();
    m_deadline.stop();
    m_secret.clear();
    m_lastAnnounced = -1;
    Q_EMIT released(how);
    Q_EMIT pendingChanged(false);
}

} // namespace charles
