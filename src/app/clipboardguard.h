#pragma once

#include "core/secretvalue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace charles {

// Owns the one secret this application ever puts on the clipboard: copies it marked as
// sensitive for clipboard managers, reads it back, counts down and clears it afterwards, or
// when the application quits; in both cases only if the clipboard still holds that value.
// A clipboard the admin changed in the meantime is never touched. One guard per application
// (it must outlive the dialog that copied), never logging the value.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    enum class Release {
        Cleared, // the clipboard held the value and the guard emptied it
        Replaced, // the clipboard already held something else: it was left alone
    };
    Q_ENUM(Release)

    static constexpr int kDefaultClearSeconds = 30;
    static constexpr int kMaxClearSeconds = 24 * 3600;
    // The QSettings key holding the delay, in seconds.
    static QString clearSecondsKey();
    // The delay the settings ask for, or the default when unset or out of range.
    static int configuredClearSeconds();

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Puts exactly `value` on the clipboard, marked as a secret, then reads it back. On a
    // faithful read-back the guard keeps its own copy and starts the countdown; otherwise it
    // keeps nothing and returns false (the admin must copy by hand).
    bool copySecret(const SecretValue &value);
    // For a value the admin copied by hand: when the clipboard holds exactly `value`, guards
    // it as if copySecret() had put it there (countdown, clear on quit) and returns true.
    bool adoptSecret(const SecretValue &value);

    // True while the clipboard may still hold a value the guard put there.
    bool hasPendingSecret() const { return !m_secret.isEmpty(); }
    // What the window says before quitting while hasPendingSecret() (an X11 clipboard dies
    // with its owner anyway; elsewhere the guard clears it on the way out).
    static QString quitWarning();
    // Whole seconds until the clipboard is cleared; 0 when nothing is pending.
    int secondsLeft() const;
    // Empties the clipboard now if it still holds the value; forgets the value either way.
    void clearNow();

Q_SIGNALS:
    void pendingChanged(bool pending);
    void countdownChanged(int secondsLeft);
    void released(charles::ClipboardGuard::Release how);

private:
    void guard(SecretValue copy);
    bool clipboardHoldsSecret() const;
    void onClipboardChanged();
    void onTick();
    void release(Release how);

    SecretValue m_secret;
    // Whether the platform reports clipboard ownership (X11, Windows and macOS do; offscreen
    // does not): when it does, losing ownership means the value is gone without looking.
    bool m_ownershipReported = false;
    bool m_settingClipboard = false;
    int m_clearMs = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QTimer m_deadline;
    int m_lastAnnounced = -1;
};

} // namespace charles
