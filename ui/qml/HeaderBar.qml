import QtQuick
import VcPanel

// Room name and site, clock and date, language switch, technician entry.
Rectangle {
    id: bar
    signal technicianRequested()
    height: Theme.px(88)
    color: Theme.surface

    Column {
        anchors { left: parent.left; leftMargin: Theme.gap * 1.5; verticalCenter: parent.verticalCenter
                  right: clock.left; rightMargin: Theme.gap }
        Label {
            objectName: "roomName"
            width: parent.width
            text: Room.roomName !== "" ? Room.roomName : qsTr("Room panel")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            width: parent.width
            text: Room.site
            visible: text !== ""
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
    }
    Column {
        id: clock
        anchors { right: language.left; rightMargin: Theme.gap * 2; verticalCenter: parent.verticalCenter }
        Label {
            objectName: "clockTime"
            anchors.right: parent.right
            text: Lang.time(Clock.now)
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            objectName: "clockDate"
            anchors.right: parent.right
            text: Lang.date(Clock.now)
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
    }
    BigButton {
        id: language
        objectName: "languageButton"
        anchors { right: tech.left; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
        width: Theme.px(150)
        // Each language names itself, so a reader of either finds it.
        text: Lang.code === "vi" ? "English" : "Tiếng Việt"
        fontSize: Theme.fontSmall
        onClicked: Lang.code = (Lang.code === "vi" ? "en" : "vi")
    }
    BigButton {
        id: tech
        objectName: "technicianButton"
        anchors { right: parent.right; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
        width: Theme.px(150)
        text: qsTr("Technician")
        fontSize: Theme.fontSmall
        onClicked: bar.technicianRequested()
    }
}
