import QtQuick
import VcPanel

// The panel's window: header (room, clock, language, technician), one screen at a time
// (home, in call, technician) and the overlays (leave confirmation, PIN, connection lost).
Window {
    id: root
    width: 1280
    height: 800
    visible: true
    color: Theme.bg
    title: qsTr("Room panel")

    property bool technicianOpen: false
    property bool confirmingLeave: false
    // Which screen shows (tests and screenshots read it).
    readonly property string screen: !Room.connected ? "offline"
                                     : technicianOpen ? "technician"
                                     : Room.inCall ? "call" : "home"

    function updateScale() { Theme.scale = Math.min(width / 1280, height / 800) }
    onWidthChanged: updateScale()
    onHeightChanged: updateScale()
    Component.onCompleted: updateScale()

    HeaderBar {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        onTechnicianRequested: pinDialog.visible = true
    }

    Item {
        id: body
        anchors { top: header.bottom; left: parent.left; right: parent.right; bottom: parent.bottom
                  margins: Theme.gap }
        HomeScreen {
            objectName: "homeScreen"
            anchors.fill: parent
            visible: root.screen === "home" || (root.screen === "offline" && !Room.inCall)
        }
        InCallScreen {
            objectName: "inCallScreen"
            anchors.fill: parent
            visible: Room.inCall && !root.technicianOpen
            onLeaveRequested: root.confirmingLeave = true
        }
        TechnicianScreen {
            objectName: "technicianScreen"
            anchors.fill: parent
            visible: root.technicianOpen
            onCloseRequested: root.technicianOpen = false
        }
    }

    ConfirmDialog {
        objectName: "leaveDialog"
        anchors.fill: parent
        visible: root.confirmingLeave && Room.inCall
        title: qsTr("Leave the meeting?")
        message: qsTr("The room leaves the meeting for everyone here. The projector turns off a few minutes later.")
        confirmText: qsTr("Leave")
        cancelText: qsTr("Stay in the meeting")
        onConfirmed: { root.confirmingLeave = false; Room.leave() }
        onCancelled: root.confirmingLeave = false
    }

    PinDialog {
        id: pinDialog
        objectName: "pinDialog"
        anchors.fill: parent
        visible: false
        onUnlocked: { visible = false; root.technicianOpen = true }
        onCancelled: visible = false
    }

    // A refused command, in words, for a few seconds.
    Rectangle {
        id: toast
        objectName: "toast"
        property string message: ""
        visible: message !== ""
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.px(110) }
        width: Math.min(parent.width - Theme.px(80), toastText.implicitWidth + Theme.px(48))
        height: toastText.height + Theme.px(28)
        radius: Theme.radius
        color: Theme.danger
        Label {
            id: toastText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, root.width - Theme.px(128))
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: toast.message
        }
        Timer { id: toastTimer; interval: 6000; onTriggered: toast.message = "" }
    }
    Connections {
        target: Room
        function onCommandFailed(command, code, reason) {
            // The technician's tests answer on the technician screen itself.
            if (["Projector.Test", "Projector.Power", "Camera.Test", "Camera.Home", "Audio.TestTone"].indexOf(command) >= 0) return
            toast.message = code === "invalid_state" && Words.refusal(command) !== "" ? Words.refusal(command)
                          : code === "invalid_state" ? qsTr("Not possible right now: %1").arg(reason)
                          : code === "unknown_command" ? qsTr("This room cannot do that yet.")
                          : qsTr("The room refused: %1").arg(reason)
            toastTimer.restart()
        }
    }

    ConnectionOverlay {
        objectName: "connectionOverlay"
        anchors.fill: parent
        visible: !Room.connected
    }
}
