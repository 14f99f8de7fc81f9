#include "preferencesdialog.h"

#include "clipboardguard.h"
#include "core/tokenlistmodel.h"
#include "ui_preferencesdialog.h"
#include "uilogging.h"

#include <QPushButton>
#include <QSettings>

namespace charles {

QString PreferencesDialog::searchDelayKey()
{
    return QStringLiteral("search/debounceMs");
}

int PreferencesDialog::configuredSearchDelay(int fallback)
{
    bool ok = false;
    const int milliseconds = QSettings().value(searchDelayKey()).toInt(&ok);
    return ok ? qBound(0, milliseconds, kMaxSearchDelayMs) : fallback;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // The same range the clipboard guard accepts from the settings.
    m_ui->clipboardSpin->setRange(1, ClipboardGuard::kMaxClearSeconds);
    m_ui->clipboardSpin->setValue(ClipboardGuard::configuredClearSeconds());
    m_ui->searchSpin->setRange(0, kMaxSearchDelayMs);
    m_ui->searchSpin->setValue(configuredSearchDelay(TokenListModel::kDefaultDebounceMs));
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(ClipboardGuard::clearSecondsKey(), m_ui->clipboardSpin->value());
    settings.setValue(searchDelayKey(), m_ui->searchSpin->value());
    qCInfo(lcUi) << "preferences saved: clipboard cleared after" << m_ui->clipboardSpin->value()
                 << "s, search after" << m_ui->searchSpin->value() << "ms";
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

void PreferencesDialog::restoreDefaults()
{
    m_ui->clipboardSpin->setValue(ClipboardGuard::kDefaultClearSeconds);
    m_ui->searchSpin->setValue(TokenListModel::kDefaultDebounceMs);
}

} // namespace charles
