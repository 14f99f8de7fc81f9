// DeferredIconStyle: standard icons come from the wrapped style, unchanged, but only when
// first painted or measured; building widgets that hold them asks the wrapped style nothing.
#include "app/deferrediconstyle.h"

#include <QApplication>
#include <QCommonStyle>
#include <QLineEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

using namespace charles;

namespace {

// Fusion, counting the standard icons it is asked for and keeping the last option's type.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) { }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++calls;
        lastOptionType = option ? option->type : -1;
        lastDirection = option ? option->direction : Qt::LayoutDirectionAuto;
        return QProxyStyle::standardIcon(which, option, widget);
    }

    mutable int calls = 0;
    mutable int lastOptionType = -1;
    mutable Qt::LayoutDirection lastDirection = Qt::LayoutDirectionAuto;
};

QImage imageOf(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeTheWrappedStyle();
    void asksOnlyWhenPainted();
    void keepsTheOptionsPaletteAndDirectionOnly();
    void aLineEditsClearButtonWaitsForText();
    void aMissingIconStaysNull();
};

void TestDeferredIconStyle::looksLikeTheWrappedStyle()
{
    DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const auto which : {QStyle::SP_LineEditClearButton, QStyle::SP_MessageBoxWarning,
                             QStyle::SP_ToolBarHorizontalExtensionButton}) {
        const QIcon icon = deferred.standardIcon(which);
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32}) {
            const QImage expected = imageOf(fusion->standardIcon(which), size);
            QVERIFY(!expected.isNull());
            QCOMPARE(imageOf(icon, size), expected);
        }
    }
}

void TestDeferredIconStyle::asksOnlyWhenPainted()
{
    auto *counting = new CountingStyle;
    DeferredIconStyle deferred(counting);
    const QIcon icon = deferred.standardIcon(QStyle::SP_MessageBoxWarning);
    QIcon copy = icon;
    QCOMPARE(counting->calls, 0);
    QVERIFY(!copy.pixmap(16, 16).isNull());
    QCOMPARE(counting->calls, 1);
    QVERIFY(!icon.pixmap(32, 32).isNull());
    QCOMPARE(counting->calls, 1); // asked once, then kept
    QVERIFY(!icon.availableSizes().isEmpty() || !icon.actualSize(QSize(16, 16)).isEmpty());
    QCOMPARE(counting->calls, 1);
}

void TestDeferredIconStyle::keepsTheOptionsPaletteAndDirectionOnly()
{
    auto *counting = new CountingStyle;
    DeferredIconStyle deferred(counting);
    QIcon icon;
    {
        QStyleOptionFrame frame;
        frame.direction = Qt::RightToLeft;
        icon = deferred.standardIcon(QStyle::SP_ArrowBack, &frame);
    } // the caller's option is gone before the icon is painted
    QCOMPARE(counting->calls, 0);
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QCOMPARE(counting->calls, 1);
    QCOMPARE(counting->lastDirection, Qt::RightToLeft);
    // Kept as a plain QStyleOption: no style may cast it back to a frame option.
    QCOMPARE(counting->lastOptionType, int(QStyleOption::SO_Default));
}

void TestDeferredIconStyle::aLineEditsClearButtonWaitsForText()
{
    auto *counting = new CountingStyle;
    DeferredIconStyle deferred(counting);
    QLineEdit edit;
    edit.setStyle(&deferred);
    edit.setClearButtonEnabled(true);
    edit.resize(200, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.grab();
    QCOMPARE(counting->calls, 0); // empty: the button is not drawn
    QTest::keyClicks(&edit, QStringLiteral("pipeline"));
    auto *button = edit.findChild<QToolButton *>();
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    edit.grab();
    QTRY_VERIFY(counting->calls >= 1);
}

void TestDeferredIconStyle::aMissingIconStaysNull()
{
    DeferredIconStyle deferred(new QCommonStyle);
    QVERIFY(deferred.standardIcon(QStyle::SP_CustomBase).isNull());
}

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
