import QtQuick
import VcPanel

// Every text on the panel. Text that does not fit is a bug (the screenshot check finds it);
// only lists of names (allowElide) may end in "...".
Text {
    property bool allowElide: false
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    elide: Text.ElideRight
    textFormat: Text.PlainText
    verticalAlignment: Text.AlignVCenter
}
