import QtQuick
import VcPanel

// Camera presets as named thumbnails (Room.presets, from Camera/Presets): the picture the room
// took when the preset was stored, and its name; a preset without a picture yet shows its name
// only. The active one is outlined. Without named presets, the two mode presets with a sketch of
// what they frame (whole room, trainer). More presets than fit scroll sideways.
ListView {
    id: strip
    orientation: ListView.Horizontal
    spacing: Theme.gap
    height: Theme.px(92)
    interactive: contentWidth > width
    clip: contentWidth > width  // only when it scrolls: otherwise the text-fit check sees it all
    boundsBehavior: Flickable.StopAtBounds
    model: Room.presets
    // Three tiles share the width; more keep a width a name still fits in and scroll.
    readonly property real tileWidth: Math.max(Theme.px(230), Math.min(Theme.px(330),
                                      (width - spacing * (Math.max(count, 3) - 1)) / Math.max(count, 3)))
    delegate: BigButton {
        id: tile
        objectName: "preset_" + model.number
        width: strip.tileWidth
        height: strip.height
        checked: model.active
        readonly property bool hasPicture: model.thumbnail !== ""
        readonly property bool sketch: model.kind === "wide" || model.kind === "trainer"
        readonly property int pictureHeight: height - Theme.px(16)
        // The thumbnail, 16:9 as the room stores it (192x108).
        Rectangle {
            id: frame
            visible: tile.hasPicture || tile.sketch
            x: Theme.px(8); anchors.verticalCenter: parent.verticalCenter
            width: Math.round(tile.pictureHeight * 16 / 9); height: tile.pictureHeight
            radius: Theme.px(6)
            color: "#0e2a44"; border.color: Theme.line
            Image {
                objectName: "presetThumbnail_" + model.number
                anchors { fill: parent; margins: 1 }
                visible: tile.hasPicture
                source: model.thumbnail
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                cache: false
                smooth: true
            }
            // Sketch: people in a room (wide) or one person at a board (trainer).
            Repeater {
                model: tile.sketch ? (kind === "trainer" ? 1 : 5) : 0
                Rectangle {
                    readonly property real s: kind === "trainer" ? 1.6 : 1
                    width: Theme.px(12 * s); height: Theme.px(20 * s); radius: width / 2
                    color: Theme.textDim
                    x: kind === "trainer" ? frame.width / 2 - width / 2 : Theme.px(8) + index * Theme.px(17)
                    y: frame.height - height - Theme.px(6)
                }
            }
            Rectangle {
                visible: tile.sketch && kind === "trainer"
                x: Theme.px(6); y: Theme.px(8); width: Theme.px(30); height: Theme.px(22)
                color: "#dfe7ee"
            }
        }
        Label {
            objectName: "presetName_" + model.number
            anchors { left: frame.visible ? frame.right : parent.left; leftMargin: Theme.px(10)
                      right: parent.right; rightMargin: Theme.px(8); verticalCenter: parent.verticalCenter }
            horizontalAlignment: frame.visible ? Text.AlignLeft : Text.AlignHCenter
            text: Words.presetName(model.kind, model.name)
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            font.bold: true
        }
        onClicked: Room.activatePreset(model.number)
    }
}
