#pragma once

#include <QStyledItemDelegate>

namespace charles {

// Draws a token row: its name, and underneath, smaller and in the palette's placeholder
// colour, the scopes, the workspaces and the last use (TokenListModel::DetailLineRole).
class TokenDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QFont detailFont(const QFont &base);

private:
    static constexpr int kHorizontalMargin = 8;
    static constexpr int kVerticalMargin = 6;
    static constexpr int kLineSpacing = 2;
};

} // namespace charles
