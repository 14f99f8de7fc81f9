#pragma once

#include <QDialog>

#include <memory>

namespace charles {

namespace Ui {
class PreferencesDialog;
}

// What an admin may tune, kept in QSettings (nothing secret): how long a copied token stays
// on the clipboard (ClipboardGuard reads it at each copy) and how long the search waits after
// the last key. Accepting writes both; Cancel writes nothing; Restore Defaults only fills in
// the defaults.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxSearchDelayMs = 5000;
    // The QSettings key holding the search delay, in milliseconds.
    static QString searchDelayKey();
    // The delay the settings ask for, bounded to 0..kMaxSearchDelayMs, or `fallback` when it
    // is unset or not a number.
    static int configuredSearchDelay(int fallback);

    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace charles
