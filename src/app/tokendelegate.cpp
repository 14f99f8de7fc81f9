#include "tokendelegate.h"

#include "core/tokenlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace charles {

QFont TokenDelegate::detailFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(qMax(7.0, font.pointSizeF() * 0.85));
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(9, font.pixelSize() * 85 / 100));
    return font;
}

void TokenDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString detail = index.data(TokenListModel::DetailLineRole).toString();

    // The style paints the background, the selection and the focus frame; the text is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive);
    const QRect textRect =
        opt.rect.adjusted(kHorizontalMargin, kVerticalMargin, -kHorizontalMargin, -kVerticalMargin);

    painter->save();
    QFont nameFont = opt.font;
    const QFontMetrics nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect nameRect = textRect;
    nameRect.setHeight(nameMetrics.height());
    // TextDontClip: an underscore sits below the descent in some fonts; the view clips rows.
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    const QFont quietFont = detailFont(opt.font);
    const QFontMetrics quietMetrics(quietFont);
    painter->setFont(quietFont);
    // On a selected row the placeholder colour may not read against the highlight; the
    // highlighted text colour always does.
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    QRect detailRect = textRect;
    detailRect.setTop(nameRect.bottom() + 1 + kLineSpacing);
    detailRect.setHeight(quietMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      quietMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize TokenDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics nameMetrics(opt.font);
    const QFontMetrics quietMetrics(detailFont(opt.font));
    // Rows take the view's width and elide what does not fit: a wide hint would only bring
    // a horizontal scroll bar.
    const int width = nameMetrics.averageCharWidth() * 20 + 2 * kHorizontalMargin;
    const int height =
        nameMetrics.height() + kLineSpacing + quietMetrics.height() + 2 * kVerticalMargin;
    return {width, height};
}

} // namespace charles
