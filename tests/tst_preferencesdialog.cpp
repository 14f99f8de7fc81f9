// The preferences dialog: it shows what the settings hold (or what the code uses for values
// it cannot read, as they come from a hand-edited file), OK writes both delays or says why it
// could not, Cancel writes nothing, Restore Defaults only fills in the defaults, and what it
// writes is what ClipboardGuard and the search read back.
#include "app/clipboardguard.h"
#include "app/preferencesdialog.h"
#include "core/tokenlistmodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace charles;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheDefaultsWhenNothingIsSet();
    void showsWhatTheSettingsHold();
    void unreadableSettingsShowWhatTheCodeUses_data();
    void unreadableSettingsShowWhatTheCodeUses();
    void okWritesWhatTheGuardAndTheSearchReadBack();
    void cancelWritesNothing();
    void enterSavesAndEscapeDoesNot();
    void aSaveThatFailsSaysSoAndStaysOpen();
    void secondsAgreeWithTheirNumber();
    void restoreDefaultsOnlyFillsThemIn();
    void labelsLeadToTheirFields();
    void explanationsFitAtTheSmallestSize();

private:
    static QSpinBox *spin(QDialog *dialog, const char *name)
    {
        auto *box = dialog->findChild<QSpinBox *>(QLatin1String(name));
        if (!box)
            qFatal("no spin box %s", name);
        return box;
    }
    static QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CharlesCD"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

void TestPreferencesDialog::showsTheDefaultsWhenNothingIsSet()
{
    PreferencesDialog dialog;
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), ClipboardGuard::kDefaultClearSeconds);
    QCOMPARE(spin(&dialog, "searchSpin")->value(), TokenListModel::kDefaultDebounceMs);
    QCOMPARE(PreferencesDialog::configuredSearchDelay(123), 123);
}

void TestPreferencesDialog::showsWhatTheSettingsHold()
{
    QSettings settings;
    settings.setValue(ClipboardGuard::clearSecondsKey(), 90);
    settings.setValue(PreferencesDialog::searchDelayKey(), 400);
    PreferencesDialog dialog;
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), 90);
    QCOMPARE(spin(&dialog, "searchSpin")->value(), 400);
}

void TestPreferencesDialog::unreadableSettingsShowWhatTheCodeUses_data()
{
    QTest::addColumn<QVariant>("clipboard");
    QTest::addColumn<QVariant>("search");
    QTest::addColumn<int>("shownClipboard");
    QTest::addColumn<int>("shownSearch");
    const int seconds = ClipboardGuard::kDefaultClearSeconds;
    const int ms = TokenListModel::kDefaultDebounceMs;
    QTest::newRow("zero") << QVariant(0) << QVariant(0) << seconds << 0;
    QTest::newRow("negative") << QVariant(-5) << QVariant(-3) << seconds << 0;
    QTest::newRow("too large") << QVariant(100000) << QVariant(99999) << seconds
                               << PreferencesDialog::kMaxSearchDelayMs;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon"))
                                  << QVariant(QStringLiteral("fast")) << seconds << ms;
    // As a hand-edited file gives them: text.
    QTest::newRow("file: spaces") << QVariant(QStringLiteral(" 45 "))
                                  << QVariant(QStringLiteral(" 45")) << 45 << 45;
    QTest::newRow("file: empty") << QVariant(QString()) << QVariant(QString()) << seconds << ms;
    QTest::newRow("file: fraction")
        << QVariant(QStringLiteral("2.5")) << QVariant(QStringLiteral("2.5")) << seconds << ms;
    // QVariant::toInt() wraps these round to 2 and 300, and calls them valid.
    QTest::newRow("file: past 32 bits")
        << QVariant(QStringLiteral("4294967298")) << QVariant(QStringLiteral("4294967596"))
        << seconds << PreferencesDialog::kMaxSearchDelayMs;
    QTest::newRow("file: past 64 bits")
        << QVariant(QStringLiteral("99999999999999999999"))
        << QVariant(QStringLiteral("-99999999999999999999")) << seconds << ms;
    QTest::newRow("largest kept") << QVariant(ClipboardGuard::kMaxClearSeconds)
                                  << QVariant(PreferencesDialog::kMaxSearchDelayMs)
                                  << ClipboardGuard::kMaxClearSeconds
                                  << PreferencesDialog::kMaxSearchDelayMs;
}

void TestPreferencesDialog::unreadableSettingsShowWhatTheCodeUses()
{
    QFETCH(QVariant, clipboard);
    QFETCH(QVariant, search);
    QFETCH(int, shownClipboard);
    QFETCH(int, shownSearch);
    QSettings settings;
    settings.setValue(ClipboardGuard::clearSecondsKey(), clipboard);
    settings.setValue(PreferencesDialog::searchDelayKey(), search);

    // The dialog shows the delays that are in force, not what the file says.
    PreferencesDialog dialog;
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), ClipboardGuard::configuredClearSeconds());
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), shownClipboard);
    QCOMPARE(spin(&dialog, "searchSpin")->value(), shownSearch);
    QCOMPARE(PreferencesDialog::configuredSearchDelay(TokenListModel::kDefaultDebounceMs),
             shownSearch);
}

void TestPreferencesDialog::okWritesWhatTheGuardAndTheSearchReadBack()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    spin(&dialog, "clipboardSpin")->setValue(45);
    spin(&dialog, "searchSpin")->setValue(600);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ClipboardGuard::configuredClearSeconds(), 45);
    QCOMPARE(PreferencesDialog::configuredSearchDelay(-1), 600);
}

void TestPreferencesDialog::cancelWritesNothing()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    spin(&dialog, "clipboardSpin")->setValue(45);
    spin(&dialog, "searchSpin")->setValue(600);
    dialog.setResult(QDialog::Accepted); // so that only Cancel can make it Rejected
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QSettings settings;
    QVERIFY(!settings.contains(ClipboardGuard::clearSecondsKey()));
    QVERIFY(!settings.contains(PreferencesDialog::searchDelayKey()));
}

void TestPreferencesDialog::enterSavesAndEscapeDoesNot()
{
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        spin(&dialog, "searchSpin")->setValue(350);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!QSettings().contains(PreferencesDialog::searchDelayKey()));
    }
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox *search = spin(&dialog, "searchSpin");
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("350"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(PreferencesDialog::configuredSearchDelay(-1), 350);
}

void TestPreferencesDialog::aSaveThatFailsSaysSoAndStaysOpen()
{
    // Settings under a "folder" that is a plain file cannot be written, even by root.
    QTemporaryDir temporary;
    QFile blocker(temporary.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString usual = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, blocker.fileName());
    const auto restore = qScopeGuard(
        [&] { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, usual); });

    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    spin(&dialog, "clipboardSpin")->setValue(7);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(PreferencesDialog::notSavedBoxName())));
    QVERIFY(box->text().contains(blocker.fileName()));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(dialog.isVisible());
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), 7); // nothing typed is lost
    box->accept();
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(PreferencesDialog::notSavedBoxName()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(ClipboardGuard::configuredClearSeconds(), ClipboardGuard::kDefaultClearSeconds);
    QTest::mouseClick(button(&dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestPreferencesDialog::secondsAgreeWithTheirNumber()
{
    PreferencesDialog dialog;
    QSpinBox *seconds = spin(&dialog, "clipboardSpin");
    seconds->setValue(1);
    QCOMPARE(seconds->suffix(), QStringLiteral(" second"));
    seconds->setValue(2);
    QCOMPARE(seconds->suffix(), QStringLiteral(" seconds"));
}

void TestPreferencesDialog::restoreDefaultsOnlyFillsThemIn()
{
    QSettings settings;
    settings.setValue(ClipboardGuard::clearSecondsKey(), 90);
    settings.setValue(PreferencesDialog::searchDelayKey(), 400);
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(button(&dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(spin(&dialog, "clipboardSpin")->value(), ClipboardGuard::kDefaultClearSeconds);
    QCOMPARE(spin(&dialog, "searchSpin")->value(), TokenListModel::kDefaultDebounceMs);
    QVERIFY(dialog.isVisible());
    QCOMPARE(settings.value(ClipboardGuard::clearSecondsKey()).toInt(), 90);
    QCOMPARE(settings.value(PreferencesDialog::searchDelayKey()).toInt(), 400);

    QTest::mouseClick(button(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(ClipboardGuard::configuredClearSeconds(), ClipboardGuard::kDefaultClearSeconds);
    QCOMPARE(PreferencesDialog::configuredSearchDelay(-1), TokenListModel::kDefaultDebounceMs);
}

void TestPreferencesDialog::labelsLeadToTheirFields()
{
    PreferencesDialog dialog;
    const auto label = [&dialog](const char *name) {
        return dialog.findChild<QLabel *>(QLatin1String(name));
    };
    QCOMPARE(label("clipboardLabel")->buddy(), spin(&dialog, "clipboardSpin"));
    QCOMPARE(label("searchLabel")->buddy(), spin(&dialog, "searchSpin"));
    QVERIFY(!spin(&dialog, "clipboardSpin")->accessibleName().isEmpty());
    QVERIFY(!spin(&dialog, "searchSpin")->accessibleName().isEmpty());
}

void TestPreferencesDialog::explanationsFitAtTheSmallestSize()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(dialog.minimumSize());
    QTRY_COMPARE(dialog.size(), dialog.minimumSize());
    for (const char *name : {"clipboardHint", "searchHint"}) {
        const auto *hint = dialog.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(QStringLiteral("%1 is %2 px high, its text needs %3")
                                .arg(QLatin1String(name))
                                .arg(hint->height())
                                .arg(hint->heightForWidth(hint->width()))));
    }
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
