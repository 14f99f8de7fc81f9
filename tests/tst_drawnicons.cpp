// The main window's painted icons: drawn at the size and scale asked for, in the palette's
// colours, dimmed when disabled, and without any image file or image-format plugin.
#include "app/drawnicons.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace charles;
using Shape = drawnicons::Shape;

namespace {

const Shape kShapes[] = {Shape::NewToken, Shape::Revoke, Shape::Regenerate, Shape::SideBySide,
                         Shape::Refresh};

// Opaque-ish pixels, and the colour of the most opaque one.
struct Ink
{
    int pixels = 0;
    QColor colour;
};

Ink inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    int bestAlpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128)
                ++ink.pixels;
            if (c.alpha() > bestAlpha) {
                bestAlpha = c.alpha();
                ink.colour = c;
            }
        }
    }
    return ink;
}

} // namespace

class TestDrawnIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawnAtEverySize();
    void inThePalettesColours();
    void shapesDiffer();
    void sharpOnHighDensityScreens();
};

void TestDrawnIcons::drawnAtEverySize()
{
    for (const Shape shape : kShapes) {
        const QIcon icon = drawnicons::icon(shape);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.availableSizes().isEmpty());
        for (const int side : {16, 22, 24, 32, 48}) {
            const QPixmap pixmap = icon.pixmap(QSize(side, side));
            QCOMPARE(pixmap.size(), QSize(side, side));
            const Ink ink = inkOf(pixmap);
            // Something is drawn, and not a filled square.
            QVERIFY2(ink.pixels > side, qPrintable(QString::number(side)));
            QVERIFY(ink.pixels < side * side * 3 / 4);
        }
    }
}

void TestDrawnIcons::inThePalettesColours()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor normalText = palette.color(QPalette::Normal, QPalette::WindowText);
    for (const Shape shape : kShapes) {
        const QIcon icon = drawnicons::icon(shape);
        const Ink normal = inkOf(icon.pixmap(QSize(24, 24), QIcon::Normal));
        QCOMPARE(normal.colour.rgb(), normalText.rgb());
        // Disabled reads as disabled: another colour, or the same one fainter.
        const QImage enabled = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
        QVERIFY(enabled != disabled);
    }

    // A dark palette turns them light.
    QPalette dark = palette;
    dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
    QGuiApplication::setPalette(dark);
    const Ink light = inkOf(drawnicons::icon(Shape::Revoke).pixmap(QSize(24, 24)));
    QCOMPARE(light.colour.rgb(), QColor(240, 240, 240).rgb());
    QGuiApplication::setPalette(palette);
}

void TestDrawnIcons::shapesDiffer()
{
    // Regenerate and Refresh share a toolbar: they must not look alike.
    QList<QImage> images;
    for (const Shape shape : kShapes)
        images.append(drawnicons::icon(shape).pixmap(QSize(22, 22)).toImage());
    for (int i = 0; i < images.size(); ++i)
        for (int j = i + 1; j < images.size(); ++j)
            QVERIFY(images.at(i) != images.at(j));
}

void TestDrawnIcons::sharpOnHighDensityScreens()
{
    const QPixmap pixmap = drawnicons::icon(Shape::SideBySide).pixmap(QSize(16, 16), 2.0);
    QCOMPARE(pixmap.size(), QSize(32, 32));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QVERIFY(inkOf(pixmap).pixels > 32);
}

QTEST_MAIN(TestDrawnIcons)
#include "tst_drawnicons.moc"
