import QtQuick
import VcPanel

// The room's next scheduled meeting (Schedule/NextMeeting) with one large Join button.
Card {
    id: card
    readonly property int minutesToStart: Clock.minutesUntil(Room.nextMeetingStart)
    readonly property int minutesToOpen: Clock.minutesUntil(Room.nextMeetingJoinOpensAt)
    readonly property bool starting: Room.callState === "waking" || Room.callState === "joining"

    Column {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap * 2 }
        spacing: Theme.gap
        Label { text: qsTr("Next meeting"); color: Theme.textDim; font.pixelSize: Theme.fontLarge }
        Label {
            objectName: "meetingTitle"
            width: parent.width
            text: Room.nextMeetingTitle
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 3
        }
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            text: qsTr("%1, %2 – %3").arg(Lang.date(Room.nextMeetingStart)).arg(Lang.time(Room.nextMeetingStart))
                  .arg(Lang.time(new Date(Room.nextMeetingStart.getTime() + Room.nextMeetingMinutes * 60000)))
        }
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: Words.modeName(Room.nextMeetingMode)
            color: Theme.textDim
            visible: Room.nextMeetingMode !== ""
        }
        Label {
            objectName: "meetingWhen"
            width: parent.width
            wrapMode: Text.WordWrap
            color: Theme.warn
            text: card.minutesToStart > 0 ? qsTr("Starts in %n minute(s)", "", card.minutesToStart)
                                          : qsTr("The meeting has started")
        }
    }
    BigButton {
        objectName: "joinNextButton"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.gap * 2 }
        height: Theme.px(130)
        enabled: Room.nextMeetingAvailable && (Room.callState === "standby" || Room.callState === "error")
        tone: Theme.join
        fontSize: Theme.fontHuge
        lines: 1
        text: card.starting ? qsTr("Joining…") : qsTr("Join")
        sub: Room.nextMeetingAvailable ? ""
             : qsTr("Join opens in %n minute(s)", "", Math.max(card.minutesToOpen, 1))
        onClicked: Room.join()
    }
}
