#include "drawnicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>
#include <QtMath>

#include <cmath>

namespace charles::drawnicons {

namespace {

// The shapes are laid out on a 16 x 16 grid, the size they must read best at, and scaled.
constexpr qreal kDesignSide = 16;
// What availableSizes() reports; any other size is drawn just as well.
constexpr int kTypicalSides[] = {16, 22, 24, 32};
// Arrowheads, in design units: from the end of the arc to the tip, and from the arc outwards.
constexpr qreal kHeadLength = 3.5;
constexpr qreal kHeadHalfWidth = 2.5;

// Where the strokes of one rendering go: a square of `side` device pixels, strokes about
// side/12 wide rounded to whole pixels. Straight strokes are placed so that they cover whole
// pixels: a one-pixel line centred on a pixel edge would smear into two half-lit rows.
class Grid
{
public:
    explicit Grid(int side)
        : m_side(side), m_unit(side / kDesignSide), m_pen(qMax(1, qRound(side / 12.0)))
    {
    }

    qreal side() const { return m_side; }
    qreal pen() const { return m_pen; }
    // A length in design units, in device pixels: for curves, which are smoothed anyway.
    qreal length(qreal units) const { return units * m_unit; }
    // A whole number of pixels near `units`: the ends of flat-capped strokes.
    qreal whole(qreal units) const { return std::round(length(units)); }
    // The centre line of a straight stroke about `units` from the top or left edge.
    qreal fromStart(qreal units) const { return std::round(length(units) - m_pen / 2) + m_pen / 2; }
    // The same from the bottom or right edge, so that a shape and its mirror image match.
    qreal fromEnd(qreal units) const { return m_side - fromStart(units); }
    // The centre line of a stroke through the middle; half a pixel up or left of the true
    // middle when the side and the pen differ in parity (a 1 px line in a 16 px icon).
    qreal middle() const { return std::floor((m_side - m_pen) / 2) + m_pen / 2; }

    QPen pen(Qt::PenCapStyle cap) const
    {
        return QPen(Qt::black, m_pen, Qt::SolidLine, cap, Qt::MiterJoin);
    }
    // Curves are smoothed over two pixels and look lighter than straight strokes of the same
    // width: they get a little more.
    QPen curvePen() const
    {
        return QPen(Qt::black, qMax(m_pen, m_side / 11), Qt::SolidLine, Qt::FlatCap);
    }

private:
    qreal m_side;
    qreal m_unit;
    qreal m_pen;
};

// A point of the circle, at an angle in Qt's convention: degrees counter-clockwise from
// three o'clock (the y axis points down).
QPointF onCircle(const QPointF &centre, qreal radius, qreal degrees)
{
    const qreal radians = qDegreesToRadians(degrees);
    return centre + QPointF(radius * std::cos(radians), -radius * std::sin(radians));
}

// Adds an arc of the circle round the middle of the icon to `strokes`, and a filled arrowhead
// at its end to `heads`. A negative sweep runs clockwise.
void addArrow(QPainterPath &strokes, QPainterPath &heads, const Grid &grid, qreal radius,
              qreal start, qreal sweep)
{
    const QPointF centre(grid.side() / 2, grid.side() / 2);
    const QRectF circle(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    const qreal end = start + sweep;
    // The tip lies on the circle, a head's length further on, so the head follows the curve.
    const qreal headSweep =
        qRadiansToDegrees(grid.length(kHeadLength) / radius) * (sweep < 0 ? -1 : 1);

    // The arc runs a little way into the head, leaving no seam between the two.
    strokes.arcMoveTo(circle, start);
    strokes.arcTo(circle, start, sweep + headSweep / 4);

    const QPointF base = onCircle(centre, radius, end);
    const QPointF tip = onCircle(centre, radius, end + headSweep);
    const QPointF along = (tip - base) / std::hypot(tip.x() - base.x(), tip.y() - base.y());
    const QPointF across = QPointF(-along.y(), along.x()) * grid.length(kHeadHalfWidth);
    heads.moveTo(tip);
    heads.lineTo(base + across);
    heads.lineTo(base - across);
    heads.closeSubpath();
}

// The radius of an arrow circle whose heads still fit in the icon.
qreal arrowRadius(const Grid &grid)
{
    return grid.side() / 2 - grid.length(0.25 + kHeadHalfWidth);
}

void drawNewToken(QPainter &painter, const Grid &grid)
{
    // Square caps end the arms on whole pixels whatever the parity of the pen.
    const qreal middle = grid.middle();
    const qreal arm = std::round(grid.length(5.5));
    QPainterPath path;
    path.moveTo(middle - arm, middle);
    path.lineTo(middle + arm, middle);
    path.moveTo(middle, middle - arm);
    path.lineTo(middle, middle + arm);
    painter.setPen(grid.pen(Qt::SquareCap));
    painter.drawPath(path);
}

void drawRevoke(QPainter &painter, const Grid &grid)
{
    const qreal pen = grid.pen();
    const qreal lid = grid.fromStart(3.5);
    const qreal handleTop = grid.fromStart(1.5);
    const qreal left = grid.fromStart(3.5);
    const qreal right = grid.fromEnd(3.5);
    const qreal bottom = grid.fromEnd(1.5);
    const qreal corner = grid.length(1.5);

    QPainterPath path;
    // The lid, and its handle standing on it.
    path.moveTo(grid.whole(1), lid);
    path.lineTo(grid.side() - grid.whole(1), lid);
    path.moveTo(grid.fromStart(6.5), lid);
    path.lineTo(grid.fromStart(6.5), handleTop);
    path.lineTo(grid.fromEnd(6.5), handleTop);
    path.lineTo(grid.fromEnd(6.5), lid);
    // The can, rounded at the bottom.
    path.moveTo(left, lid);
    path.lineTo(left, bottom - corner);
    path.quadTo(left, bottom, left + corner, bottom);
    path.lineTo(right - corner, bottom);
    path.quadTo(right, bottom, right, bottom - corner);
    path.lineTo(right, lid);
    // Two slats, as far from the lid as from the bottom.
    const qreal gap = grid.whole(2);
    const qreal slatTop = lid + pen / 2 + gap;
    const qreal slatBottom = bottom - pen / 2 - gap;
    for (const qreal x : {grid.fromStart(6.5), grid.fromEnd(6.5)}) {
        path.moveTo(x, slatTop);
        path.lineTo(x, slatBottom);
    }
    painter.setPen(grid.pen(Qt::FlatCap));
    painter.drawPath(path);
}

void drawRegenerate(QPainter &painter, const Grid &grid)
{
    // One arrow going clockwise nearly all the way round, its head at the top right.
    QPainterPath strokes;
    QPainterPath heads;
    addArrow(strokes, heads, grid, arrowRadius(grid), 10, -300);
    painter.setPen(grid.curvePen());
    painter.drawPath(strokes);
    painter.fillPath(heads, Qt::black);
}

void drawRefresh(QPainter &painter, const Grid &grid)
{
    // Two arrows chasing each other clockwise, each over a third of the circle.
    QPainterPath strokes;
    QPainterPath heads;
    const qreal radius = arrowRadius(grid);
    addArrow(strokes, heads, grid, radius, 150, -120);
    addArrow(strokes, heads, grid, radius, 330, -120);
    painter.setPen(grid.curvePen());
    painter.drawPath(strokes);
    painter.fillPath(heads, Qt::black);
}

void drawSideBySide(QPainter &painter, const Grid &grid)
{
    // A page split down the middle, with a few lines of text on either side.
    const qreal pen = grid.pen();
    const QRectF frame(QPointF(grid.fromStart(1.5), grid.fromStart(2.5)),
                       QPointF(grid.fromEnd(1.5), grid.fromEnd(2.5)));
    const qreal corner = grid.length(1);
    // The divider is a filled bar, a pixel wider than the pen where that keeps it centred.
    const qreal dividerWidth = pen + (int(grid.side() - pen) % 2);
    const qreal dividerLeft = (grid.side() - dividerWidth) / 2;
    QPainterPath outline;
    outline.addRoundedRect(frame, corner, corner);
    painter.setPen(grid.pen(Qt::FlatCap));
    painter.drawPath(outline);
    painter.fillRect(QRectF(dividerLeft, frame.top(), dividerWidth, frame.height()), Qt::black);

    // The text is finer than the outline, or the icon turns into a dark block. All the edges
    // below are whole pixels.
    const qreal textPen = qMax(qreal(1), pen - 1);
    const qreal gap = textPen + 1;
    const qreal inside = frame.top() + pen / 2;
    const int rows = qMin(3, int((frame.bottom() - pen / 2 - inside - gap) / (textPen + gap)));
    const qreal inset = grid.whole(1);
    QPainterPath text;
    const auto addText = [&](qreal left, qreal right) {
        for (int row = 0; row < rows; ++row) {
            const qreal y = inside + gap + row * (textPen + gap) + textPen / 2;
            // The last line is shorter, like the end of a paragraph.
            const qreal end = row == rows - 1 ? right - std::floor((right - left) / 3) : right;
            text.moveTo(left, y);
            text.lineTo(end, y);
        }
    };
    addText(frame.left() + pen / 2 + inset, dividerLeft - inset);
    addText(dividerLeft + dividerWidth + inset, frame.right() - pen / 2 - inset);
    painter.setPen(QPen(Qt::black, textPen, Qt::SolidLine, Qt::FlatCap));
    painter.drawPath(text);
}

// Draws the shape in opaque black over the grid's square, at the painter's origin.
void draw(QPainter &painter, Shape shape, const Grid &grid)
{
    switch (shape) {
    case Shape::NewToken:
        return drawNewToken(painter, grid);
    case Shape::Revoke:
        return drawRevoke(painter, grid);
    case Shape::Regenerate:
        return drawRegenerate(painter, grid);
    case Shape::SideBySide:
        return drawSideBySide(painter, grid);
    case Shape::Refresh:
        return drawRefresh(painter, grid);
    }
}

QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    switch (mode) {
    case QIcon::Disabled: {
        QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
        // A palette that does not grey out disabled text still gets a faded icon.
        if (disabled == text)
            disabled.setAlphaF(disabled.alphaF() * 0.4f);
        return disabled;
    }
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return text;
}

QPixmap render(Shape shape, const QSize &size, const QColor &colour)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    const int side = qMin(size.width(), size.height());
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate((size.width() - side) / 2, (size.height() - side) / 2);
    draw(painter, shape, Grid(side));
    // Coloured afterwards, all at once: strokes and heads overlap, and painted one by one in a
    // translucent colour (a faded disabled icon) the overlaps would come out darker.
    painter.resetTransform();
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}

class DrawnIconEngine final : public QIconEngine
{
public:
    explicit DrawnIconEngine(Shape shape) : m_shape(shape) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Through a pixmap in device pixels, so that the strokes land on the device's pixels.
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * ratio, mode, state, ratio));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already; `scale` is the device pixel ratio it is meant for.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        if (size.isEmpty())
            return QPixmap();
        const QColor colour = colourFor(mode);
        const QString cacheKey = QStringLiteral("charles-drawnicon-%1-%2x%3@%4-%5")
                                     .arg(int(m_shape))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(scale)
                                     .arg(colour.rgba(), 0, 16);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = render(m_shape, size, colour);
        // Set here rather than by the caller: a cached pixmap given another ratio would be
        // copied each time.
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_shape); }
    QString key() const override { return QStringLiteral("charles-drawn"); }
    bool isNull() override { return false; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : kTypicalSides)
            sizes.append(QSize(side, side));
        return sizes;
    }

private:
    const Shape m_shape;
};

} // namespace

QIcon icon(Shape shape)
{
    return QIcon(new DrawnIconEngine(shape));
}

} // namespace charles::drawnicons
