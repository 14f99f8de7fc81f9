// On X11, selecting text in a field hands it to the PRIMARY selection, which any X client can
// paste with a middle click and which no countdown clears. The copy dialog must take back
// whatever part of the value was selected there. Runs under Xvfb with the xcb platform (see
// tests/CMakeLists.txt); without a primary selection it fails rather than pass unchecked.
#include "app/clipboardguard.h"
#include "app/tokenvaluedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

using namespace charles;

namespace {

const QByteArray kValue = QByteArrayLiteral("0f8b2d61c7a94e35b0d6f17a28c94e5d");

} // namespace

class TestPrimarySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anySelectedPartIsTakenBack_data();
    void anySelectedPartIsTakenBack();
    void otherSelectionsAreLeftAlone();

private:
    ClipboardGuard m_guard;
};

void TestPrimarySelection::initTestCase()
{
    QVERIFY2(QGuiApplication::clipboard()->supportsSelection(),
             "no primary selection on this platform; run under Xvfb with QT_QPA_PLATFORM=xcb");
}

void TestPrimarySelection::anySelectedPartIsTakenBack_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("all of it") << 0 << kValue.size();
    QTest::newRow("from the 6th character to the end") << 5 << kValue.size();
    QTest::newRow("from the start to 3 before the end") << 0 << kValue.size() - 3;
    QTest::newRow("the middle") << 10 << 22;
    QTest::newRow("one character") << 7 << 8;
}

void TestPrimarySelection::anySelectedPartIsTakenBack()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Selection);
    QPointer<TokenValueDialog> dialog =
        new TokenValueDialog(TokenValueDialog::Origin::Created, QStringLiteral("x11"),
                             SecretValue(QByteArray(kValue)), &m_guard);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    field->setFocus();
    // As the admin would: cursor to `from`, then Shift+Right to `to`.
    QTest::keyClick(field, Qt::Key_Home);
    for (int i = 0; i < from; ++i)
        QTest::keyClick(field, Qt::Key_Right);
    for (int i = from; i < to; ++i)
        QTest::keyClick(field, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(field->selectedText(), QString::fromLatin1(kValue.mid(from, to - from)));
    // Taken back at once, while the dialog is still open.
    QTRY_VERIFY(!kValue.contains(clipboard->text(QClipboard::Selection).toLatin1()) ||
                clipboard->text(QClipboard::Selection).isEmpty());

    dialog->copyValue();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    m_guard.clearNow();
    QCOMPARE(clipboard->text(QClipboard::Selection), QString());
}

void TestPrimarySelection::otherSelectionsAreLeftAlone()
{
    // Text the admin selected elsewhere in the application is not the dialog's to clear.
    QGuiApplication::clipboard()->setText(QStringLiteral("pipeline-deploy"), QClipboard::Selection);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(QClipboard::Selection),
                 QStringLiteral("pipeline-deploy"));
    QPointer<TokenValueDialog> dialog =
        new TokenValueDialog(TokenValueDialog::Origin::Created, QStringLiteral("x11"),
                             SecretValue(QByteArray(kValue)), &m_guard);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->copyValue();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    m_guard.clearNow();
    QCOMPARE(QGuiApplication::clipboard()->text(QClipboard::Selection),
             QStringLiteral("pipeline-deploy"));
}

QTEST_MAIN(TestPrimarySelection)
#include "tst_primaryselection.moc"
