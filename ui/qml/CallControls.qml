import QtQuick
import VcPanel

// Microphones (large, state in words and colour), camera, content sharing, volume, layout and
// camera presets.
Card {
    id: card
    Column {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap

        Row {
            id: bigRow
            width: parent.width
            spacing: Theme.gap
            readonly property int third: (width - 2 * spacing) / 3
            BigButton {
                objectName: "micButton"
                width: bigRow.third
                height: Theme.px(118)
                fontSize: Theme.px(24)
                tone: Room.micMuted ? Theme.danger : Theme.join
                text: Room.micMuted ? qsTr("Microphones OFF") : qsTr("Microphones ON")
                sub: Room.micMuted ? qsTr("Touch to speak") : qsTr("Touch to mute")
                onClicked: Room.setMicrophoneMute(!Room.micMuted)
            }
            BigButton {
                objectName: "cameraButton"
                width: bigRow.third
                height: Theme.px(118)
                fontSize: Theme.px(24)
                tone: Room.cameraEnabled ? Theme.surfaceHi : Theme.danger
                text: Room.cameraEnabled ? qsTr("Camera ON") : qsTr("Camera OFF")
                sub: Room.cameraEnabled ? qsTr("Touch to hide the room") : qsTr("Touch to show the room")
                onClicked: Room.setCameraEnabled(!Room.cameraEnabled)
            }
            BigButton {
                objectName: "shareButton"
                width: bigRow.third
                height: Theme.px(118)
                fontSize: Theme.px(24)
                checked: Room.sharing
                text: Room.sharing ? qsTr("Stop sharing") : qsTr("Share laptop")
                sub: Room.sharing ? qsTr("Others see your slides") : qsTr("Show the laptop to everyone")
                onClicked: Room.setSharing(!Room.sharing)
            }
        }

        Row {
            width: parent.width
            spacing: Theme.gap
            Label { id: volumeLabel; width: Theme.px(150); height: Theme.touch; text: qsTr("Volume"); color: Theme.textDim }
            BigButton {
                objectName: "volumeDown"
                width: Theme.touch * 1.3
                text: "−"
                fontSize: Theme.fontTitle
                lines: 1
                onClicked: Room.setVolume(Room.volume - 10)
            }
            Rectangle {
                objectName: "volumeBar"
                width: parent.width - volumeLabel.width - Theme.touch * 2.6 - Theme.px(90) - 4 * Theme.gap
                height: Theme.px(26)
                anchors.verticalCenter: parent.verticalCenter
                radius: height / 2
                color: Theme.surfaceHi
                Rectangle { width: parent.width * Room.volume / 100; height: parent.height; radius: parent.radius; color: Theme.accent }
                MouseArea {
                    anchors { fill: parent; topMargin: -Theme.px(20); bottomMargin: -Theme.px(20) }
                    onClicked: function(mouse) { Room.setVolume(Math.round(mouse.x / width * 10) * 10) }
                }
            }
            BigButton {
                objectName: "volumeUp"
                width: Theme.touch * 1.3
                text: "+"
                fontSize: Theme.fontTitle
                lines: 1
                onClicked: Room.setVolume(Room.volume + 10)
            }
            Label { width: Theme.px(90); height: Theme.touch; text: Room.volume + "%"; font.bold: true; font.pixelSize: Theme.fontLarge }
        }

        // The meeting's one picture is the chair's (the training room's) to set; a conference
        // room sees what it shows. The checked button follows the MCU (Room.meetingLayout).
        Label {
            objectName: "layoutLabel"
            text: Room.chair ? qsTr("What the other sites see:") : qsTr("What the meeting shows (chosen by the chair):")
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
        Row {
            id: layouts
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: ["grid", "speaker", "presenter_content"]
                BigButton {
                    objectName: "layout_" + modelData
                    width: (layouts.width - 2 * layouts.spacing) / 3
                    text: Words.layoutName(modelData)
                    checked: Room.meetingLayout === modelData
                    enabled: Room.chair
                    onClicked: Room.setLayout(modelData)
                }
            }
        }

        Label { text: qsTr("Camera position:"); color: Theme.textDim; font.pixelSize: Theme.fontSmall; visible: presetStrip.visible }
        PresetStrip {
            id: presetStrip
            width: parent.width
            visible: Room.cameraConfigured
        }
    }
}
