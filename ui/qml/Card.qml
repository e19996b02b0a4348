import QtQuick
import VcPanel

Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: 1
}
