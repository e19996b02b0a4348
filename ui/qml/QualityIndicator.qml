import QtQuick
import VcPanel

// Connection quality as four bars and a word (from the received audio rate, Room.quality 0..3).
Row {
    objectName: "qualityIndicator"
    spacing: Theme.px(10)
    Row {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(6)
        spacing: Theme.px(4)
        Repeater {
            model: 3
            Rectangle {
                anchors.bottom: parent.bottom
                width: Theme.px(9)
                height: Theme.px(12 + index * 9)
                color: index < Room.quality ? (Room.quality >= 3 ? Theme.ok : Room.quality == 2 ? Theme.warn : Theme.danger)
                                            : Theme.line
            }
        }
    }
    Label {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Connection: %1").arg(Words.qualityText(Room.quality))
    }
}
