#include "deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <optional>

namespace charles {

namespace {

// Asks the wrapped style for the icon the first time it is needed, then hands everything to it.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget)
        : m_style(style), m_widget(const_cast<QWidget *>(widget)), m_which(which)
    {
        if (option) {
            // Kept as the base type only (palette, direction, state: what standard icons
            // depend on), marked so, so that no style casts it to the type it was.
            m_option = *option;
            m_option->type = QStyleOption::SO_Default;
            m_option->version = QStyleOption::Version;
            m_option->styleObject = nullptr;
        }
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("charles.deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_icon) {
            m_icon = m_style
                ? m_style->standardIcon(m_which, m_option ? &*m_option : nullptr, m_widget)
                : QIcon();
        }
        return *m_icon;
    }

    QPointer<QStyle> m_style;
    QPointer<QWidget> m_widget; // only read; QPointer does not take a const type
    QStyle::StandardPixmap m_which;
    std::optional<QStyleOption> m_option;
    std::optional<QIcon> m_icon; // once asked for
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base) : QProxyStyle(base) { }

void DeferredIconStyle::install()
{
    // The application's style object belongs to the application; wrap a fresh one of its kind.
    if (QStyle *base = QStyleFactory::create(QApplication::style()->name()))
        QApplication::setStyle(new DeferredIconStyle(base));
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, option, widget));
}

} // namespace charles
