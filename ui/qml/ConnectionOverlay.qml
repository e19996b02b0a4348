import QtQuick
import VcPanel

// The link to vc-room is down: say so plainly and that the panel keeps trying by itself.
Rectangle {
    id: overlay
    color: "#e6000000"
    MouseArea { anchors.fill: parent }
    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.px(80), Theme.px(820))
        height: column.implicitHeight + Theme.gap * 4
        border.color: Theme.warn
        border.width: Theme.px(3)
        Column {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap * 2 }
            spacing: Theme.gap
            Label {
                objectName: "overlayTitle"
                width: parent.width
                text: qsTr("The panel has lost contact with the room system")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.warn
            }
            Label {
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("A meeting in progress continues. The panel reconnects by itself; you do not need to do anything.")
            }
            Label {
                objectName: "overlayRetry"
                width: parent.width
                wrapMode: Text.WordWrap
                color: Theme.textDim
                text: Room.retryAttempt > 0 ? qsTr("Trying again (attempt %1)…").arg(Room.retryAttempt)
                                            : qsTr("Connecting…")
            }
            Label {
                width: parent.width
                wrapMode: Text.WordWrap
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
                text: qsTr("If this stays for more than a few minutes, call the technician (room system: %1).").arg(Room.url)
            }
        }
    }
}
