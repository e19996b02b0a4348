import QtQuick
import VcPanel

// The room's state in plain words: ready / starting (projector countdown) / joining / error,
// each device's state, and any device fault as a sentence a teacher can act on.
Card {
    id: card
    readonly property string state: Room.callState
    readonly property bool starting: state === "waking" || state === "joining"
    // The countdown's bar needs a whole: the largest "seconds left" seen in this warm-up.
    property int warmupTotal: 0
    Connections {
        target: Room
        function onStatusChanged() {
            if (Room.progress > card.warmupTotal) card.warmupTotal = Room.progress
            if (Room.progress < 0) card.warmupTotal = 0
        }
    }

    Column {
        anchors { fill: parent; margins: Theme.gap * 1.5 }
        spacing: Theme.gap

        Row {
            width: parent.width
            spacing: Theme.gap
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(28); height: width; radius: width / 2
                color: card.state === "error" ? Theme.danger
                     : card.starting || card.state === "leaving" ? Theme.warn : Theme.ok
            }
            Label {
                objectName: "stateHeadline"
                width: parent.width - Theme.px(28) - Theme.gap
                text: Words.stateHeadline(card.state)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
            }
        }

        // Projector warm-up countdown.
        Column {
            width: parent.width
            spacing: Theme.px(6)
            visible: card.state === "waking" && Room.progress >= 0
            Label {
                objectName: "warmupText"
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Projector warming up: %n second(s) left", "", Math.max(Room.progress, 0))
                color: Theme.warn
            }
            Rectangle {
                width: parent.width; height: Theme.px(16); radius: height / 2
                color: Theme.surfaceHi
                Rectangle {
                    height: parent.height; radius: parent.radius
                    color: Theme.warn
                    width: card.warmupTotal > 0 ? parent.width * (1 - Room.progress / card.warmupTotal) : 0
                }
            }
        }
        Label {
            width: parent.width
            visible: card.state === "joining"
            wrapMode: Text.WordWrap
            text: Room.joinAttempt > 1 ? qsTr("Attempt %1, please wait.").arg(Room.joinAttempt)
                                       : qsTr("Please wait, this takes a few seconds.")
            color: Theme.textDim
        }
        Label {
            width: parent.width
            visible: card.state === "error"
            wrapMode: Text.WordWrap
            maximumLineCount: 4
            text: qsTr("The meeting could not be reached. Check that the meeting has started, then try again. If it fails again, call the technician.")
        }

        Label {
            objectName: "standbyHint"
            width: parent.width
            visible: card.state === "standby"
            wrapMode: Text.WordWrap
            color: Theme.textDim
            text: qsTr("Touch the green button to join: the projector, camera and microphones turn on by themselves.")
        }

        Rectangle { width: parent.width; height: 1; color: Theme.line }

        Repeater {
            model: [
                { name: qsTr("Projector"), shown: Room.projectorConfigured, value: Words.powerText(Room.projectorPower) },
                { name: qsTr("Camera"), shown: Room.cameraConfigured,
                  value: Room.cameraEnabled ? qsTr("Ready") : qsTr("Picture off") },
                { name: qsTr("Microphones"), shown: true, value: Room.micMuted ? qsTr("Muted") : qsTr("On") },
                { name: qsTr("Speakers"), shown: true, value: qsTr("Volume %1%").arg(Room.volume) }
            ]
            delegate: Item {
                width: parent.width
                height: visible ? Math.max(nameText.implicitHeight, valueText.implicitHeight) : 0
                visible: modelData.shown
                Label { id: nameText; width: parent.width * 0.45; text: modelData.name; color: Theme.textDim }
                Label { id: valueText; x: parent.width * 0.45; width: parent.width * 0.55; text: modelData.value
                        font.bold: true; wrapMode: Text.WordWrap }
            }
        }

        // Faults, in words; the technical sentence is on the technician screen.
        Repeater {
            model: [
                { code: Room.projectorFault, text: Words.faultText("projector", Room.projectorFault) },
                { code: Room.cameraFault, text: Words.faultText("camera", Room.cameraFault) }
            ]
            delegate: Rectangle {
                objectName: "faultBox"
                visible: modelData.code !== ""
                width: parent.width
                height: visible ? faultText.implicitHeight + Theme.px(20) : 0
                radius: Theme.radius / 2
                color: "#4a1713"
                border.color: Theme.danger
                Label {
                    id: faultText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(10) }
                    text: modelData.text
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    Row {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.gap * 1.5 }
        spacing: Theme.gap
        BigButton {
            objectName: "retryButton"
            visible: card.state === "error"
            width: (parent.width - Theme.gap) / 2
            text: qsTr("Try again")
            tone: Theme.join
            onClicked: Room.join()
        }
        BigButton {
            objectName: "cancelJoinButton"
            visible: card.starting || card.state === "error"
            width: (parent.width - Theme.gap) / 2
            text: card.state === "error" ? qsTr("Back to standby") : qsTr("Cancel")
            onClicked: Room.leave()
        }
    }
}
