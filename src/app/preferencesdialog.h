#pragma once

#include <QDialog>

#include <memory>

namespace charles {

namespace Ui {
class PreferencesDialog;
}

// What an admin may tune, kept in QSettings (nothing secret): how long a copied token stays
// on the clipboard (ClipboardGuard reads it at each copy) and how long the search waits after
// the last key. OK writes both, and stays open with a message when they cannot be saved;
// Cancel writes nothing; Restore Defaults only fills in the defaults.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxSearchDelayMs = 5000;
    // The QSettings key holding the search delay, in milliseconds.
    static QString searchDelayKey();
    // The delay the settings ask for, bounded to 0..kMaxSearchDelayMs, or `fallback` when it
    // is unset or not a whole number.
    static int configuredSearchDelay(int fallback);
    // The object name of the message shown when the preferences cannot be saved.
    static QString notSavedBoxName();

    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The values shown, saved once the dialog is accepted.
    int clipboardSeconds() const;
    int searchDelay() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSecondsSuffix();
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace charles
