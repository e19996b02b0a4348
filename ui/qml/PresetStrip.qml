import QtQuick
import VcPanel

// Camera presets as named thumbnails: a sketch of what the camera frames (whole room, trainer)
// and the name; the active one outlined.
Row {
    id: strip
    spacing: Theme.gap
    height: Theme.px(92)
    Repeater {
        model: Room.presets
        BigButton {
            objectName: "preset_" + model.preset
            width: Theme.px(290)
            height: strip.height
            checked: Room.cameraPreset === model.preset
            Row {
                anchors { left: parent.left; leftMargin: Theme.px(10); verticalCenter: parent.verticalCenter }
                spacing: Theme.px(10)
                // Thumbnail: people in a room (wide) or one person at a board (trainer).
                Rectangle {
                    width: Theme.px(96); height: Theme.px(64); radius: Theme.px(6)
                    color: "#0e2a44"; border.color: Theme.line
                    Repeater {
                        model: kind === "trainer" ? 1 : 5
                        Rectangle {
                            readonly property real s: kind === "trainer" ? 1.6 : 1
                            width: Theme.px(12 * s); height: Theme.px(20 * s); radius: width / 2
                            color: Theme.textDim
                            x: kind === "trainer" ? parent.width / 2 - width / 2 : Theme.px(8) + index * Theme.px(17)
                            y: parent.height - height - Theme.px(6)
                        }
                    }
                    Rectangle {
                        visible: kind === "trainer"
                        x: Theme.px(6); y: Theme.px(8); width: Theme.px(30); height: Theme.px(22)
                        color: "#dfe7ee"
                    }
                }
            }
            Label {
                anchors { left: parent.left; leftMargin: Theme.px(116); right: parent.right; rightMargin: Theme.px(8)
                          verticalCenter: parent.verticalCenter }
                text: Words.presetName(kind, name)
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                font.bold: true
            }
            onClicked: Room.activatePreset(model.preset)
        }
    }
}
