import QtQuick
import VcPanel

// A touch button: at least Theme.touch high and wide, one or two lines of text, pressed and
// checked states that show from across the room.
Rectangle {
    id: control
    property alias text: label.text
    property string sub: ""
    property color tone: Theme.surfaceHi
    property color checkedTone: Theme.accent
    property bool checked: false
    property int fontSize: Theme.fontBody
    property int lines: 2
    signal clicked()

    readonly property color base: checked ? checkedTone : tone
    implicitWidth: Math.max(Theme.touch, label.implicitWidth + Theme.px(36))
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + Theme.px(18))
    radius: Theme.radius
    color: !enabled ? Theme.disabled : (area.pressed ? Qt.darker(base, 1.4) : base)
    border.color: checked ? Theme.text : Theme.line
    border.width: checked ? Theme.px(3) : 1

    Column {
        id: content
        anchors.centerIn: parent
        width: parent.width - Theme.px(16)
        spacing: Theme.px(2)
        Label {
            id: label
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: control.fontSize
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: control.lines
            color: control.enabled ? Theme.text : Theme.textDim
        }
        Label {
            width: parent.width
            visible: control.sub !== ""
            text: control.sub
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            color: Theme.textDim
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        enabled: control.enabled
        onClicked: control.clicked()
    }
}
