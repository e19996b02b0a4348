import QtQuick
import VcPanel

// No schedule: one touch joins the room's own meeting; or a meeting number (and PIN) typed on
// the keypad joins another.
Card {
    id: card
    property string number: ""
    property string pin: ""
    property bool typingPin: false
    readonly property bool canJoin: Room.callState === "standby" || Room.callState === "error"
    readonly property bool starting: Room.callState === "waking" || Room.callState === "joining"

    BigButton {
        id: roomJoin
        objectName: "joinButton"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap * 1.5 }
        height: Theme.px(120)
        enabled: card.canJoin
        tone: Theme.join
        fontSize: Theme.fontTitle
        text: card.starting ? qsTr("Joining…") : qsTr("Join the room's meeting")
        sub: Room.meetingRoom !== "" ? qsTr("Meeting: %1").arg(Room.meetingRoom) : ""
        onClicked: Room.join()
    }

    Label {
        id: orText
        anchors { left: parent.left; right: parent.right; top: roomJoin.bottom; margins: Theme.gap * 1.5 }
        text: qsTr("Or join another meeting by its number:")
        color: Theme.textDim
        wrapMode: Text.WordWrap
    }

    Column {
        id: fields
        anchors { left: parent.left; top: orText.bottom; margins: Theme.gap * 1.5 }
        width: parent.width - keypad.width - Theme.gap * 4.5
        spacing: Theme.gap
        Repeater {
            model: [
                { label: qsTr("Meeting number"), pin: false },
                { label: qsTr("PIN (if the meeting has one)"), pin: true }
            ]
            delegate: Column {
                width: fields.width
                spacing: Theme.px(4)
                Label { width: parent.width; text: modelData.label; font.pixelSize: Theme.fontSmall; color: Theme.textDim
                        wrapMode: Text.WordWrap }
                Rectangle {
                    objectName: modelData.pin ? "pinField" : "numberField"
                    width: parent.width
                    height: Theme.touch
                    radius: Theme.radius / 2
                    color: Theme.bg
                    border.width: card.typingPin === modelData.pin ? Theme.px(3) : 1
                    border.color: card.typingPin === modelData.pin ? Theme.accent : Theme.line
                    Label {
                        anchors { fill: parent; leftMargin: Theme.px(14); rightMargin: Theme.px(14) }
                        font.pixelSize: Theme.fontLarge
                        font.letterSpacing: Theme.px(3)
                        text: modelData.pin ? "•".repeat(card.pin.length) : card.number
                    }
                    MouseArea { anchors.fill: parent; onClicked: card.typingPin = modelData.pin }
                }
            }
        }
        BigButton {
            objectName: "joinNumberButton"
            width: parent.width
            enabled: card.canJoin && card.number.length > 0
            tone: Theme.join
            text: qsTr("Join meeting %1").arg(card.number)
            onClicked: Room.joinMeeting(card.number, card.pin)
        }
    }

    Keypad {
        id: keypad
        objectName: "joinKeypad"
        anchors { right: parent.right; top: orText.bottom; margins: Theme.gap * 1.5 }
        keySize: Math.min(Theme.touch, (card.height - orText.y - orText.height - Theme.gap * 3 - spacing * 3) / 4)
        onDigit: function(d) {
            if (card.typingPin) { if (card.pin.length < 8) card.pin += d }
            else if (card.number.length < 12) card.number += d
        }
        onCleared: { if (card.typingPin) card.pin = ""; else card.number = "" }
        onErased: { if (card.typingPin) card.pin = card.pin.slice(0, -1); else card.number = card.number.slice(0, -1) }
    }

}
