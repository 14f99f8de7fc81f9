#include "preferencesdialog.h"

#include "clipboardguard.h"
#include "core/tokenlistmodel.h"
#include "settingnumber.h"
#include "ui_preferencesdialog.h"
#include "uilogging.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace charles {

QString PreferencesDialog::searchDelayKey()
{
    return QStringLiteral("search/debounceMs");
}

int PreferencesDialog::configuredSearchDelay(int fallback)
{
    const std::optional<qint64> milliseconds = wholeNumberSetting(searchDelayKey());
    return milliseconds ? int(std::clamp<qint64>(*milliseconds, 0, kMaxSearchDelayMs)) : fallback;
}

QString PreferencesDialog::notSavedBoxName()
{
    return QStringLiteral("preferencesNotSavedBox");
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
    connect(m_ui->clipboardSpin, &QSpinBox::valueChanged, this,
            &PreferencesDialog::updateSecondsSuffix);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    retranslate();
}

PreferencesDialog::~PreferencesDialog() = default;

int PreferencesDialog::clipboardSeconds() const
{
    return m_ui->clipboardSpin->value();
}

int PreferencesDialog::searchDelay() const
{
    return m_ui->searchSpin->value();
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(ClipboardGuard::clearSecondsKey(), clipboardSeconds());
    settings.setValue(searchDelayKey(), searchDelay());
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcUi) << "the preferences could not be saved in" << settings.fileName();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Preferences Not Saved"),
                                    tr("The preferences could not be saved in %1. Check that "
                                       "this file and its folder can be written, then try again.")
                                        .arg(QDir::toNativeSeparators(settings.fileName())),
                                    QMessageBox::Ok, this);
        box->setObjectName(notSavedBoxName());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    qCInfo(lcUi) << "preferences saved: clipboard cleared after" << clipboardSeconds()
                 << "s, search after" << searchDelay() << "ms";
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::updateSecondsSuffix()
{
    //: After the number of seconds in a spin box, with its leading space
    m_ui->clipboardSpin->setSuffix(tr(" second(s)", nullptr, m_ui->clipboardSpin->value()));
}

void PreferencesDialog::retranslate()
{
    updateSecondsSuffix();
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setText(tr("&Restore Defaults"));

    // Wide enough that the explanations wrap into a few lines, not a column, and never shorter
    // than they need at that width: a window's minimum size leaves wrapped text out.
    const int width = qMax(fontMetrics().averageCharWidth() * 64, layout()->minimumSize().width());
    setMinimumSize(width, layout()->totalHeightForWidth(width));
}

void PreferencesDialog::restoreDefaults()
{
    m_ui->clipboardSpin->setValue(ClipboardGuard::kDefaultClearSeconds);
    m_ui->searchSpin->setValue(TokenListModel::kDefaultDebounceMs);
}

} // namespace charles
