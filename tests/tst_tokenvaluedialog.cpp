// The one-time copy dialog: what it shows, copying through the guard, the countdown, asking
// before closing uncopied, and nothing left of the value once it is closed.
#include "app/clipboardguard.h"
#include "app/confirmations.h"
#include "app/tokenvaluedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
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

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace charles;

namespace {

const QByteArray kValue = QByteArrayLiteral("5f4dcc3b5aa765d61d8327deb882cf99");

QByteArray clipboardBytes(const QString &format = QStringLiteral("text/plain"))
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->data(format) : QByteArray();
}

// Where the value `first` + `second` lies in this process's writable memory, as Latin-1/UTF-8
// or UTF-16: "<address> <encoding>" each. The search must not hide what it looks for:
// - it allocates nothing while it reads (POSIX calls into static buffers), since a freed,
//   unwiped copy could otherwise be reused by its own allocations and overwritten;
// - it looks for the two halves, separate buffers, so it never holds the value whole itself;
// - its chunks overlap by the longest form of the value, so a copy across two chunks counts.
QStringList whereInMemory(const QByteArray &first, const QByteArray &second)
{
    static char maps[1 << 20];
    static char chunk[1 << 18];
    static char wide[2][1 << 16];
    struct Hit
    {
        quint64 address;
        bool utf16;
    };
    static Hit hits[64];
    int hitCount = 0;
    const qsizetype length = first.size() + second.size();
    if (2 * length >= qsizetype(sizeof(chunk)) / 2 ||
        2 * first.size() > qsizetype(sizeof(wide[0])) ||
        2 * second.size() > qsizetype(sizeof(wide[1])))
        return {QStringLiteral("value too long for the search")};
    // UTF-16 of an ASCII value: each byte, then a zero.
    for (qsizetype i = 0; i < first.size(); ++i) {
        wide[0][2 * i] = first.at(i);
        wide[0][2 * i + 1] = 0;
    }
    for (qsizetype i = 0; i < second.size(); ++i) {
        wide[1][2 * i] = second.at(i);
        wide[1][2 * i + 1] = 0;
    }
    const QByteArrayView first16(wide[0], 2 * first.size()), second16(wide[1], 2 * second.size());

    const int mapsFile = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    const int memory = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mapsFile < 0 || memory < 0)
        return {QStringLiteral("cannot read this process's memory")};
    qsizetype mapsSize = 0;
    for (ssize_t got; (got = ::read(mapsFile, maps + mapsSize, sizeof(maps) - 1 - mapsSize)) > 0;)
        mapsSize += got;
    maps[mapsSize] = 0;
    ::close(mapsFile);

    const qsizetype overlap = 2 * length; // the longest form of the value
    for (char *line = maps; line && *line;
         line = std::strchr(line, '\n') ? std::strchr(line, '\n') + 1 : nullptr) {
        unsigned long long begin = 0, end = 0;
        char permissions[5] = {};
        if (std::sscanf(line, "%llx-%llx %4s", &begin, &end, permissions) != 3 ||
            permissions[0] != 'r' || permissions[1] != 'w')
            continue;
        if (end - begin > 512ull * 1024 * 1024) // sanitizers' shadow memory
            continue;
        for (quint64 at = begin; at < end;) {
            const ssize_t got =
                ::pread(memory, chunk, size_t(qMin<quint64>(sizeof(chunk), end - at)), off_t(at));
            if (got <= 0)
                break;
            const QByteArrayView data(chunk, got);
            const bool last = at + quint64(got) >= end;
            // Matches starting in the overlap are counted with the next chunk.
            const qsizetype counted = last ? got : got - overlap;
            const auto look = [&](QByteArrayView head, QByteArrayView tail, bool utf16) {
                for (qsizetype i = data.indexOf(head); i >= 0 && i < counted;
                     i = data.indexOf(head, i + 1)) {
                    if (data.sliced(i + head.size()).startsWith(tail) &&
                        hitCount < int(std::size(hits)))
                        hits[hitCount++] = {at + quint64(i), utf16};
                }
            };
            look(first, second, false);
            look(first16, second16, true);
            if (last)
                break;
            at += quint64(got - overlap);
        }
    }
    ::close(memory);
    std::fill(std::begin(chunk), std::end(chunk), 0);
    QStringList found;
    for (int i = 0; i < hitCount; ++i)
        found.append(QStringLiteral("%1 %2").arg(QString::number(hits[i].address, 16),
                                                 hits[i].utf16 ? QStringLiteral("utf16")
                                                               : QStringLiteral("latin1")));
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
    QTest::addColumn<int>("halfLength");
    QTest::newRow("closed without copying") << false << 16;
    QTest::newRow("copied, then the clipboard cleared") << true << 16;
    // Past QLineEdit's default limit of 32767 characters, as only a hostile server sends.
    QTest::newRow("40,000 characters, closed without copying") << false << 20000;
    QTest::newRow("40,000 characters, copied") << true << 20000;
}

void TestTokenValueDialog::noCopyOfTheValueIsLeftInMemory()
{
    QFETCH(bool, copied);
    QFETCH(int, halfLength);
    // A value made here in four quarters, separate buffers, so that only the dialog ever
    // holds it whole. The search looks for its first half and its second half: a copy of
    // either (a truncated one, say) counts as much as a whole one.
    const auto quarter = [length = halfLength / 2](quint64 seed) {
        QByteArray text;
        while (text.size() < length) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            text += QByteArray::number(seed >> 4, 16);
        }
        text.truncate(length);
        return text;
    };
    const QByteArray q1 = quarter(0x3c1b9e57d04a6f28), q2 = quarter(0xa7f25c80e913d46b);
    const QByteArray q3 = quarter(0x5e0d7a3f91c4b862), q4 = quarter(0xc29f06b4e7d1385a);
    const auto where = [&] {
        return whereInMemory(q1, q2) + whereInMemory(q3, q4);
    };
    QByteArray whole;
    whole.reserve(q1.size() + q2.size() + q3.size() + q4.size()); // no half-built copy freed
    whole += q1;
    whole += q2;
    whole += q3;
    whole += q4;
    m_dialog = new TokenValueDialog(TokenValueDialog::Origin::Created, QStringLiteral("scan"),
                                    SecretValue(std::move(whole)), m_guard.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    // The search finds the value while the dialog holds it: it would find a leftover too.
    const QStringList shown = where();
    QVERIFY2(shown.filter(QStringLiteral("latin1")).size() >= 2 &&
                 shown.filter(QStringLiteral("utf16")).size() >= 2,
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
        QVERIFY(!where().isEmpty()); // the clipboard holds it meanwhile
        m_guard->clearNow();
    }
    QCoreApplication::processEvents();
    const QStringList left = where();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestTokenValueDialog)
#include "tst_tokenvaluedialog.moc"
