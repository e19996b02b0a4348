import QtQuick
import VcPanel

// The technician's PIN on a keypad; a wrong PIN says so and clears.
Rectangle {
    id: dialog
    signal unlocked()
    signal cancelled()
    property string pin: ""
    property bool wrong: false
    color: "#cc000000"
    onVisibleChanged: { pin = ""; wrong = false }
    MouseArea { anchors.fill: parent }
    Card {
        anchors.centerIn: parent
        width: pad.width + Theme.gap * 4
        height: column.implicitHeight + Theme.gap * 4
        Column {
            id: column
            anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: Theme.gap * 2 }
            spacing: Theme.gap
            Label { width: pad.width; text: qsTr("Technician PIN"); font.pixelSize: Theme.fontLarge; font.bold: true }
            Rectangle {
                width: pad.width; height: Theme.touch; radius: Theme.radius / 2
                color: Theme.bg; border.color: dialog.wrong ? Theme.danger : Theme.line; border.width: Theme.px(2)
                Label {
                    objectName: "pinText"
                    anchors { fill: parent; leftMargin: Theme.px(14); rightMargin: Theme.px(14) }
                    text: dialog.wrong && dialog.pin === "" ? qsTr("Wrong PIN, try again") : "•".repeat(dialog.pin.length)
                    color: dialog.wrong && dialog.pin === "" ? Theme.danger : Theme.text
                    font.pixelSize: dialog.pin === "" ? Theme.fontBody : Theme.fontTitle
                }
            }
            Keypad {
                id: pad
                objectName: "pinKeypad"
                onDigit: function(d) { if (dialog.pin.length < 8) dialog.pin += d }
                onCleared: dialog.pin = ""
                onErased: dialog.pin = dialog.pin.slice(0, -1)
            }
            Row {
                spacing: Theme.gap
                BigButton {
                    objectName: "pinCancel"
                    width: (pad.width - Theme.gap) / 2
                    text: qsTr("Cancel")
                    onClicked: dialog.cancelled()
                }
                BigButton {
                    objectName: "pinOk"
                    width: (pad.width - Theme.gap) / 2
                    tone: Theme.join
                    text: qsTr("Open")
                    enabled: dialog.pin.length > 0
                    onClicked: {
                        if (Room.checkTechnicianPin(dialog.pin)) dialog.unlocked()
                        else { dialog.wrong = true; dialog.pin = "" }
                    }
                }
            }
        }
    }
}
