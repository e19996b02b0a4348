import QtQuick
import VcPanel

// A modal question with two large answers; the safe answer on the left.
Rectangle {
    id: dialog
    property string title
    property string message
    property string confirmText
    property string cancelText
    signal confirmed()
    signal cancelled()
    color: "#cc000000"
    MouseArea { anchors.fill: parent }  // nothing behind the dialog takes touches
    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.px(80), Theme.px(760))
        height: column.implicitHeight + Theme.gap * 4
        Column {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap * 2 }
            spacing: Theme.gap * 1.5
            Label { width: parent.width; text: dialog.title; font.pixelSize: Theme.fontTitle; font.bold: true; wrapMode: Text.WordWrap }
            Label { width: parent.width; text: dialog.message; wrapMode: Text.WordWrap }
            Row {
                width: parent.width
                spacing: Theme.gap
                BigButton {
                    objectName: "cancelButton"
                    width: (parent.width - Theme.gap) / 2
                    height: Theme.px(84)
                    text: dialog.cancelText
                    onClicked: dialog.cancelled()
                }
                BigButton {
                    objectName: "confirmButton"
                    width: (parent.width - Theme.gap) / 2
                    height: Theme.px(84)
                    tone: Theme.danger
                    text: dialog.confirmText
                    onClicked: dialog.confirmed()
                }
            }
        }
    }
}
