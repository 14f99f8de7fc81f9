#pragma once

#include <QIcon>

namespace charles::drawnicons {

// The pictures of the main window's actions.
enum class Shape {
    NewToken, // a plus sign
    Revoke, // a trash can
    Regenerate, // one circular arrow: a new value for the same token
    SideBySide, // two columns next to each other
    Refresh, // two arrows chasing each other round a circle: reload the list
};

// An icon drawn with QPainter at whatever size and device pixel ratio it is asked for, in the
// colours of the application palette (greyed out in the Disabled mode, in the highlighted text
// colour in the Selected mode). No image file is read and no image-format plugin loaded, which
// keeps them off the start-up path; usable on its own or as the fallback of QIcon::fromTheme().
QIcon icon(Shape shape);

} // namespace charles::drawnicons
