import QtQuick
import VcPanel

// In a call: status strip (state, duration, connection quality, recording), participants (and in
// training mode the trainer's tools), the call controls, the mode switch and Leave.
Item {
    id: screen
    signal leaveRequested()
    readonly property bool training: Room.mode === "training"
    property bool confirmingStopRecording: false

    Card {
        id: strip
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.px(66)
        color: Room.callState === "reconnecting" ? "#5a3d05" : Theme.surface
        Row {
            anchors { left: parent.left; leftMargin: Theme.gap; verticalCenter: parent.verticalCenter }
            spacing: Theme.gap * 2
            Label {
                objectName: "callHeadline"
                text: Room.callState === "reconnecting" && Room.callRetryIn >= 0
                      ? qsTr("Connection lost, reconnecting in %n second(s)", "", Room.callRetryIn)
                      : Words.stateHeadline(Room.callState)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Room.callState === "reconnecting" ? Theme.warn : Theme.text
            }
            Label {
                objectName: "callDuration"
                visible: Room.callState === "in_call"
                text: Lang.duration(Room.duration)
                font.pixelSize: Theme.fontLarge
                color: Theme.textDim
            }
        }
        Row {
            anchors { right: parent.right; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
            spacing: Theme.gap * 2
            Row {
                objectName: "recordingIndicator"
                visible: screen.training
                spacing: Theme.px(8)
                anchors.verticalCenter: parent.verticalCenter
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(20); height: width; radius: width / 2
                    color: Room.recording ? Theme.danger : Theme.line
                }
                Label {
                    text: !Room.recordingKnown ? qsTr("Recording not available")
                          : Room.recording ? qsTr("Recording") : qsTr("Not recording")
                    font.bold: Room.recording
                }
            }
            QualityIndicator { anchors.verticalCenter: parent.verticalCenter }
        }
    }

    Item {
        id: left
        anchors { left: parent.left; top: strip.bottom; topMargin: Theme.gap; bottom: bottomBar.top; bottomMargin: Theme.gap }
        width: Math.round(parent.width * 0.36)
        TrainingPanel {
            id: trainingPanel
            visible: screen.training
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: visible ? Math.round(parent.height * 0.7) : 0  // the tools row and 2 raised hands
            onStopRecordingRequested: screen.confirmingStopRecording = true
        }
        ParticipantList {
            objectName: "participantList"
            anchors { left: parent.left; right: parent.right; top: trainingPanel.bottom
                      topMargin: screen.training ? Theme.gap : 0; bottom: parent.bottom }
        }
    }

    CallControls {
        anchors { left: left.right; leftMargin: Theme.gap; right: parent.right; top: strip.bottom; topMargin: Theme.gap
                  bottom: bottomBar.top; bottomMargin: Theme.gap }
    }

    Item {
        id: bottomBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.px(84)
        Row {
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            spacing: Theme.gap
            Label { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Mode:"); color: Theme.textDim }
            BigButton {
                objectName: "modeConference"
                width: Theme.px(210)
                text: Words.modeName("conference")
                checked: !screen.training
                onClicked: if (screen.training) Room.setMode("conference")
            }
            BigButton {
                objectName: "modeTraining"
                width: Theme.px(210)
                text: Words.modeName("training")
                checked: screen.training
                onClicked: if (!screen.training) Room.setMode("training")
            }
        }
        BigButton {
            objectName: "leaveButton"
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: Theme.px(300)
            height: Theme.px(80)
            tone: Theme.danger
            fontSize: Theme.fontLarge
            text: qsTr("Leave the meeting")
            enabled: Room.callState !== "leaving"
            onClicked: screen.leaveRequested()
        }
    }

    // Stopping a recording asks first (starting does not: everyone is told at once).
    ConfirmDialog {
        objectName: "stopRecordingDialog"
        anchors.fill: parent
        visible: screen.confirmingStopRecording && Room.recording && screen.training
        title: qsTr("Stop recording?")
        message: qsTr("The recording of this session ends now. Every site is told.")
        confirmText: qsTr("Stop recording")
        cancelText: qsTr("Keep recording")
        onConfirmed: { screen.confirmingStopRecording = false; Room.stopRecording() }
        onCancelled: screen.confirmingStopRecording = false
    }
}
