import QtQuick
import VcPanel

// Standby: what the room is doing on the left, how to join on the right (the scheduled meeting
// with one big button, or the room's own meeting / a meeting number).
Item {
    id: home
    RoomStateCard {
        id: stateCard
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: Math.round(parent.width * 0.40)
    }
    NextMeetingCard {
        anchors { left: stateCard.right; leftMargin: Theme.gap; right: parent.right; top: parent.top; bottom: parent.bottom }
        visible: Room.hasNextMeeting
    }
    JoinByNumberCard {
        anchors { left: stateCard.right; leftMargin: Theme.gap; right: parent.right; top: parent.top; bottom: parent.bottom }
        visible: !Room.hasNextMeeting
    }
}
