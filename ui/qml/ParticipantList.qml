import QtQuick
import VcPanel

// Who is in the meeting, the current speaker marked (green bar and "speaking"), raised hands.
Card {
    id: card
    Label {
        id: title
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
        text: qsTr("Participants (%1)").arg(Room.participants.count)
        font.bold: true
        font.pixelSize: Theme.fontLarge
    }
    ListView {
        id: list
        objectName: "participantView"
        anchors { left: parent.left; right: parent.right; top: title.bottom; bottom: parent.bottom; margins: Theme.gap }
        clip: true
        spacing: Theme.px(6)
        model: Room.participants
        delegate: Rectangle {
            objectName: "participant_" + model.uid
            width: ListView.view.width
            height: Math.max(Theme.touch, nameText.implicitHeight + Theme.px(12))
            radius: Theme.radius / 2
            color: model.speaking ? "#12452b" : Theme.surfaceHi
            border.color: model.speaking ? Theme.ok : "transparent"
            border.width: Theme.px(2)
            Rectangle {
                width: Theme.px(8); height: parent.height - Theme.px(12)
                anchors { left: parent.left; leftMargin: Theme.px(6); verticalCenter: parent.verticalCenter }
                radius: width / 2
                color: model.speaking ? Theme.ok : "transparent"
            }
            Label {
                id: nameText
                anchors { left: parent.left; leftMargin: Theme.px(22); right: tag.left; rightMargin: Theme.px(8)
                          verticalCenter: parent.verticalCenter }
                allowElide: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                text: model.self ? qsTr("%1 (this room)").arg(model.name) : model.name
                font.bold: model.speaking
            }
            Label {
                id: tag
                anchors { right: parent.right; rightMargin: Theme.px(12); verticalCenter: parent.verticalCenter }
                font.pixelSize: Theme.fontSmall
                color: model.speaking ? Theme.ok : Theme.warn
                text: model.speaking ? qsTr("speaking") : model.hasFloor ? qsTr("has the floor")
                      : model.handRaised ? qsTr("hand raised") : ""
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.textDim
            text: qsTr("Nobody else has joined yet.")
        }
    }
}
