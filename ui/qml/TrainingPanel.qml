import QtQuick
import VcPanel

// Training mode: mute all trainees, record the session (stopping asks first: the screen shows
// the question), the raised-hands queue with grant / take back the floor.
Card {
    id: card
    signal stopRecordingRequested()
    Column {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap
        Row {
            id: tools
            width: parent.width
            spacing: Theme.gap
            readonly property real rowHeight: Math.max(muteAllButton.implicitHeight, recordButton.implicitHeight)
            BigButton {
                id: muteAllButton
                objectName: "muteAllButton"
                width: (tools.width - tools.spacing) / 2
                height: tools.rowHeight
                tone: Theme.accent
                text: qsTr("Mute all trainees")
                sub: Room.remoteMuted ? qsTr("Trainees are muted") : ""
                onClicked: Room.muteAll()
            }
            BigButton {
                id: recordButton
                objectName: "recordButton"
                width: (tools.width - tools.spacing) / 2
                height: tools.rowHeight
                enabled: Room.recordingKnown && Room.callState === "in_call"
                tone: Room.recording ? Theme.danger : Theme.surfaceHi
                text: Room.recording ? qsTr("Stop recording") : qsTr("Record")
                sub: Room.recordingError !== "" ? Words.recordingError(Room.recordingError)
                     : !Room.recordingKnown ? qsTr("Recording not available")
                     : Room.recording && !isNaN(Room.recordingSince.getTime()) ? qsTr("Since %1").arg(Lang.time(Room.recordingSince))
                     : ""
                onClicked: Room.recording ? card.stopRecordingRequested() : Room.startRecording()
            }
        }
        Label {
            text: qsTr("Raised hands (%1)").arg(Room.raisedHands.count)
            font.bold: true
        }
        ListView {
            id: hands
            objectName: "raisedHands"
            width: parent.width
            height: parent.height - y
            clip: true
            spacing: Theme.px(6)
            model: Room.raisedHands
            delegate: Rectangle {
                width: ListView.view.width
                height: Math.max(Theme.touch + Theme.px(8), handName.implicitHeight + Theme.px(12))
                radius: Theme.radius / 2
                color: model.hasFloor ? "#12452b" : Theme.surfaceHi
                Label {
                    id: handName
                    anchors { left: parent.left; leftMargin: Theme.px(12); right: action.left; rightMargin: Theme.px(8)
                              verticalCenter: parent.verticalCenter }
                    allowElide: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    font.pixelSize: Theme.fontSmall
                    text: (index + 1) + ". " + model.name
                }
                BigButton {
                    id: action
                    objectName: (model.hasFloor ? "revoke_" : "grant_") + model.uid
                    anchors { right: parent.right; rightMargin: Theme.px(4); verticalCenter: parent.verticalCenter }
                    width: Theme.px(170)
                    fontSize: Theme.fontSmall
                    tone: model.hasFloor ? Theme.danger : Theme.join
                    text: model.hasFloor ? qsTr("Take back") : qsTr("Give the floor")
                    onClicked: model.hasFloor ? Room.revokeFloor(model.uid) : Room.grantFloor(model.uid)
                }
            }
            Label {
                anchors.fill: parent
                visible: hands.count === 0
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignTop
                color: Theme.textDim
                text: qsTr("No raised hands. Trainees raise a hand from their site to ask to speak.")
            }
        }
    }
}
