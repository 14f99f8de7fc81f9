// The one-time copy dialog: what it shows, copying through the guard, the countdown, asking
// before closing uncopied, and nothing left of the value once it is closed.
#include "app/clipboardguard.h"
#include "app/confirmations.h"
#include "app/tokenvaluedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace charles;

namespace {

const QByteArray kValue = QByteArrayLiteral("5f4dcc3b5aa765d61d8327deb882cf99");

QByteArray clipboardBytes(const QString &format = QStringLiteral("text/plain"))
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->data(format) : QByteArray();
}

// Where the value `first` + `second` lies in this process's writable memory (the heap, the
// stacks, anonymous mappings), as Latin-1/UTF-8 or UTF-16: "<address> <encoding>" each. The
// two halves are separate buffers, and the memory is read in chunks into one buffer wiped
// afterwards, so that the search itself never holds the value.
QStringList whereInMemory(const QByteArray &first, const QByteArray &second)
{
    const auto utf16 = [](const QByteArray &latin1) {
        QByteArray wide;
        for (char c : latin1)
            wide.append(c).append('\0');
        return wide;
    };
    const QByteArray first16 = utf16(first), second16 = utf16(second);
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile memory(QStringLiteral("/proc/self/mem"));
    if (!maps.open(QIODevice::ReadOnly) ||
        !memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {QStringLiteral("cannot read this process's memory")};
    static char chunk[1 << 16];
    constexpr qsizetype kOverlap = 512;
    QStringList found;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields.at(1).startsWith("rw"))
            continue;
        const QByteArray name = fields.value(5);
        if (!name.isEmpty() && name != "[heap]" && !name.startsWith("[stack"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 begin = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        if (end - begin > 512 * 1024 * 1024) // sanitizers' shadow memory
            continue;
        for (quint64 at = begin; at < end; at += sizeof(chunk) - kOverlap) {
            if (!memory.seek(qint64(at)))
                break;
            const qint64 read = memory.read(chunk, qint64(qMin<quint64>(sizeof(chunk), end - at)));
            if (read <= 0)
                break;
            const QByteArrayView data(chunk, read);
            const auto look = [&](const QByteArray &head, const QByteArray &tail, const char *how) {
                for (qsizetype i = data.indexOf(head); i >= 0; i = data.indexOf(head, i + 1)) {
                    // A match in the overlap was counted with the chunk before.
                    if ((at == begin || i >= kOverlap) &&
                        data.sliced(i + head.size()).startsWith(tail))
                        found.append(QStringLiteral("%1 %2").arg(
                            QString::number(at + quint64(i), 16), QLatin1String(how)));
                }
            };
            look(first, second, "latin1");
            look(first16, second16, "utf16");
        }
    }
    std::fill(std::begin(chunk), std::end(chunk), 0);
    return found;
}

} // namespace

class TestTokenValueDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aHugeValueDoesNotPushTheButtonsOffScreen();

    void showsTitleNameValueAndWarning_data();
    void showsTitleNameValueAndWarning();
    void valueAppearsNowhereButTheField();
    void copyPutsExactlyTheValueMarkedSecret();
    void countdownShowsAndClears();
    void clipboardChangedByTheAdminIsNotTouched();
    void ctrlCInTheFieldGoesThroughTheGuard();
    void escapeBeforeCopyingAsks();
    void closeButtonBeforeCopyingAsks();
    void confirmingClosesAndWipes();
    void closesWithoutAskingOnceCopied();
    void closingWipesTheSharedBuffer();
    void closingWipesTheFieldsDrawingCopy();
    void noCopyOfTheValueIsLeftInMemory_data();
    void noCopyOfTheValueIsLeftInMemory();

private:
    TokenValueDialog *
    makeDialog(TokenValueDialog::Origin origin = TokenValueDialog::Origin::Created);
    static QMessageBox *activeBox();

    std::unique_ptr<ClipboardGuard> m_guard;
    QPointer<TokenValueDialog> m_dialog;
};

void TestTokenValueDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("charles-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tokenvaluedialog"));
}

void TestTokenValueDialog::init()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 1);
    QGuiApplication::clipboard()->clear();
    m_guard = std::make_unique<ClipboardGuard>();
}

void TestTokenValueDialog::cleanup()
{
    delete m_dialog.data();
    m_guard.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        QVERIFY2(!window->isVisible(), qPrintable(window->objectName()));
    QSettings().remove(ClipboardGuard::clearSecondsKey());
    QGuiApplication::clipboard()->clear();
}

TokenValueDialog *TestTokenValueDialog::makeDialog(TokenValueDialog::Origin origin)
{
    m_dialog = new TokenValueDialog(origin, QStringLiteral("pipeline-deploy"),
                                    SecretValue(QByteArray(kValue)), m_guard.get());
    m_dialog->open();
    return m_dialog;
}

void TestTokenValueDialog::aHugeValueDoesNotPushTheButtonsOffScreen()
{
    // Only a hostile server sends a 2,000-character value; the dialog must stay usable.
    m_dialog = new TokenValueDialog(TokenValueDialog::Origin::Regenerated, QStringLiteral("huge"),
                                    SecretValue(QByteArray(2000, 'f')), m_guard.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QVERIFY2(m_dialog->width() < 1200, qPrintable(QString::number(m_dialog->width())));
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text().size(), 2000);
    m_dialog->copyValue();
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog);
}

QMessageBox *TestTokenValueDialog::activeBox()
{
    return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
}

void TestTokenValueDialog::showsTitleNameValueAndWarning_data()
{
    QTest::addColumn<TokenValueDialog::Origin>("origin");
    QTest::addColumn<QString>("heading");
    QTest::newRow("created") << TokenValueDialog::Origin::Created
                             << QStringLiteral("Your token has been created!");
    QTest::newRow("regenerated") << TokenValueDialog::Origin::Regenerated
                                 << QStringLiteral("Your token has been regenerated!");
}

void TestTokenValueDialog::showsTitleNameValueAndWarning()
{
    QFETCH(TokenValueDialog::Origin, origin);
    QFETCH(QString, heading);
    TokenValueDialog *dialog = makeDialog(origin);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("headingLabel"))->text(), heading);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("nameLabel"))
                ->text()
                .contains(QStringLiteral("pipeline-deploy")));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QCOMPARE(field->text(), QString::fromLatin1(kValue));
    QVERIFY(field->isReadOnly());
    QVERIFY(field->font().fixedPitch() || QFontInfo(field->font()).fixedPitch());
    const QString warning = dialog->findChild<QLabel *>(QStringLiteral("warningLabel"))->text();
    QVERIFY(warning.contains(QStringLiteral("not stored")));
    QVERIFY(warning.contains(QStringLiteral("not be able to see it again")));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->text(),
             QStringLiteral("&Copy"));
}

void TestTokenValueDialog::valueAppearsNowhereButTheField()
{
    TokenValueDialog *dialog = makeDialog();
    const QString value = QString::fromLatin1(kValue);
    QVERIFY(!dialog->windowTitle().contains(value));
    const auto widgets = dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        QVERIFY(!w->accessibleName().contains(value));
        QVERIFY(!w->accessibleDescription().contains(value));
        QVERIFY(!w->toolTip().contains(value));
        QVERIFY(!w->windowTitle().contains(value));
        if (auto *label = qobject_cast<QLabel *>(w))
            QVERIFY(!label->text().contains(value));
    }
}

void TestTokenValueDialog::copyPutsExactlyTheValueMarkedSecret()
{
    TokenValueDialog *dialog = makeDialog();
    QSignalSpy copied(dialog, &TokenValueDialog::valueCopied);
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QTest::mouseClick(copy, Qt::LeftButton);

    QCOMPARE(copied.size(), 1);
    QVERIFY(dialog->isCopied());
    QCOMPARE(clipboardBytes(), kValue);
    QCOMPARE(clipboardBytes(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    const QString feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text();
    QCOMPARE(feedback, QStringLiteral("Copied. The clipboard will be cleared in 1 second."));
}

void TestTokenValueDialog::countdownShowsAndClears()
{
    QSettings().setValue(ClipboardGuard::clearSecondsKey(), 2);
    TokenValueDialog *dialog = makeDialog();
    auto *feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"));
    dialog->copyValue();
    QCOMPARE(feedback->text(),
             QStringLiteral("Copied. The clipboard will be cleared in 2 seconds."));
    QTRY_COMPARE(feedback->text(),
                 QStringLiteral("Copied. The clipboard will be cleared in 1 second."));
    QTRY_COMPARE(feedback->text(), QStringLiteral("The token was removed from the clipboard."));
    QVERIFY(clipboardBytes().isEmpty());
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->text(),
             QStringLiteral("&Copy"));
}

void TestTokenValueDialog::clipboardChangedByTheAdminIsNotTouched()
{
    TokenValueDialog *dialog = makeDialog();
    dialog->copyValue();
    QVERIFY(m_guard->hasPendingSecret());
    QGuiApplication::clipboard()->setText(QStringLiteral("admin's own text"));
    QVERIFY(!m_guard->hasPendingSecret());
    auto *feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"));
    QVERIFY(feedback->text().contains(QStringLiteral("no longer in it")));
    m_guard->clearNow();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("admin's own text"));
}

void TestTokenValueDialog::ctrlCInTheFieldGoesThroughTheGuard()
{
    TokenValueDialog *dialog = makeDialog();
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    field->setFocus();
    field->selectAll();
    QTest::keySequence(field, QKeySequence::Copy);
    QVERIFY(dialog->isCopied());
    QCOMPARE(clipboardBytes(), kValue);
    QCOMPARE(clipboardBytes(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    QVERIFY(m_guard->hasPendingSecret());
}

void TestTokenValueDialog::escapeBeforeCopyingAsks()
{
    TokenValueDialog *dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);

    QTRY_VERIFY(activeBox());
    QMessageBox *box = activeBox();
    QCOMPARE(box->objectName(), Confirmations::closeUncopiedBoxName());
    QCOMPARE(box->text(),
             QStringLiteral("You won't be able to see this token again. Close "
                            "anyway?"));
    auto *no = box->findChild<QPushButton *>(Confirmations::keepButtonName());
    QCOMPARE(no->text(), QStringLiteral("&No"));
    QCOMPARE(box->defaultButton(), no);
    QCOMPARE(box->escapeButton(), no);

    // Esc again answers "No": the dialog and the value stay.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text(),
             QString::fromLatin1(kValue));
}

void TestTokenValueDialog::closeButtonBeforeCopyingAsks()
{
    TokenValueDialog *dialog = makeDialog();
    // The window's close button and Alt+F4 arrive as a close event.
    QVERIFY(!dialog->close());
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(activeBox());
    QCOMPARE(activeBox()->objectName(), Confirmations::closeUncopiedBoxName());
    QTest::mouseClick(activeBox()->findChild<QPushButton *>(Confirmations::keepButtonName()),
                      Qt::LeftButton);
    QTRY_COMPARE(QApplication::activeModalWidget(), dialog);

    // The Close button asks too.
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(activeBox());
    QTest::keyClick(activeBox(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
}

void TestTokenValueDialog::confirmingClosesAndWipes()
{
    TokenValueDialog *dialog = makeDialog();
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    bool wiped = false;
    connect(dialog, &QDialog::finished, this,
            [&] { wiped = field->text().isEmpty() && !field->isUndoAvailable(); });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(activeBox());
    QTest::mouseClick(activeBox()->findChild<QPushButton *>(Confirmations::confirmButtonName()),
                      Qt::LeftButton);
    QVERIFY(wiped);
    QTRY_VERIFY(m_dialog.isNull()); // deleted, so nothing can show the value again
    QVERIFY(clipboardBytes().isEmpty());
}

void TestTokenValueDialog::closesWithoutAskingOnceCopied()
{
    TokenValueDialog *dialog = makeDialog();
    dialog->copyValue();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!activeBox());
    QTRY_VERIFY(m_dialog.isNull());
    // The clipboard keeps the value until the countdown, even with the dialog gone.
    QVERIFY(m_guard->hasPendingSecret());
    QTRY_VERIFY(clipboardBytes().isEmpty());
}

void TestTokenValueDialog::closingWipesTheSharedBuffer()
{
    TokenValueDialog *dialog = makeDialog();
    // The field's text shares one buffer with the dialog; it must be overwritten, not just
    // dropped. Looking at the buffer through a shared copy shows whether it was.
    const QString shared = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text();
    QCOMPARE(shared, QString::fromLatin1(kValue));
    dialog->copyValue();
    dialog->accept();
    QVERIFY(!shared.contains(QStringLiteral("5f4dcc3b")));
    QCOMPARE(shared.size(), kValue.size());
}

void TestTokenValueDialog::closingWipesTheFieldsDrawingCopy()
{
    TokenValueDialog *dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // QLineEdit draws from a copy of its text of its own, which displayText() shares.
    const QString drawn =
        dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->displayText();
    QCOMPARE(drawn, QString::fromLatin1(kValue));
    dialog->copyValue();
    dialog->accept();
    QVERIFY(!drawn.contains(QStringLiteral("5f4dcc3b")));
    QCOMPARE(drawn.size(), kValue.size());
}

void TestTokenValueDialog::noCopyOfTheValueIsLeftInMemory_data()
{
    QTest::addColumn<bool>("copied");
    QTest::newRow("closed without copying") << false;
    QTest::newRow("copied, then the clipboard cleared") << true;
}

void TestTokenValueDialog::noCopyOfTheValueIsLeftInMemory()
{
    QFETCH(bool, copied);
    // A value made here, in two halves, so that only the dialog ever holds it whole.
    const QByteArray first = QByteArray::number(Q_UINT64_C(0x3c1b9e57d04a6f28), 16);
    const QByteArray second = QByteArray::number(Q_UINT64_C(0xa7f25c80e913d46b), 16);
    QByteArray whole = first;
    whole += second;
    m_dialog = new TokenValueDialog(TokenValueDialog::Origin::Created, QStringLiteral("scan"),
                                    SecretValue(std::move(whole)), m_guard.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    const QStringList shown = whereInMemory(first, second);
    // The search finds the value while the dialog holds it: it would find a leftover too.
    QVERIFY2(shown.filter(QStringLiteral("latin1")).size() >= 1 &&
                 shown.filter(QStringLiteral("utf16")).size() >= 1,
             qPrintable(shown.join(QStringLiteral(", "))));

    if (copied) {
        m_dialog->copyValue();
        QTest::keyClick(m_dialog, Qt::Key_Escape);
    } else {
        QTest::keyClick(m_dialog, Qt::Key_Escape);
        QTRY_VERIFY(activeBox());
        QTest::mouseClick(activeBox()->findChild<QPushButton *>(Confirmations::confirmButtonName()),
                          Qt::LeftButton);
    }
    QTRY_VERIFY(m_dialog.isNull());
    if (copied) {
        QVERIFY(!whereInMemory(first, second).isEmpty()); // the clipboard holds it meanwhile
        m_guard->clearNow();
    }
    QCoreApplication::processEvents();
    const QStringList left = whereInMemory(first, second);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestTokenValueDialog)
#include "tst_tokenvaluedialog.moc"
