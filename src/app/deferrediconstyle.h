#pragma once

#include <QProxyStyle>

namespace charles {

// The style's standard icons (a line edit's clear button, the arrows of a menu bar's or a
// tool bar's overflow button, message box symbols) are pictures the style reads from image
// files, and widgets ask for them when they are built, shown or not: the first read loads
// every image-format plugin, milliseconds of start-up for pictures that are mostly never
// painted. Under this style they are read when first painted or measured. What they look like
// is the wrapped style's business, unchanged.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps `base` (and owns it), or the application's default style.
    explicit DeferredIconStyle(QStyle *base = nullptr);

    // Makes the application's style (as chosen by -style, QT_STYLE_OVERRIDE or the platform)
    // defer its standard icons. Call it before the first widget is built.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace charles
