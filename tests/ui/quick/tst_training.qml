import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// Training mode: mute all, the raised-hands queue (the floor holder first), grant and revoke,
// the recording indicator.
TestCase {
    id: tc
    name: "TrainingMode"
    when: windowShown

    // The screens under test live in a window of the panel's size (TestCase's own view is
    // not shown on the offscreen platform).
    Window { id: host; width: 1280; height: 800; visible: true; color: Theme.bg }
    function make(component) {
        var item = createTemporaryObject(component, host.contentItem)
        verify(item)
        verify(waitForRendering(host.contentItem))
        return item
    }
    width: 1280
    height: 700

    Component { id: callComponent; InCallScreen { width: 1252; height: 684 } }

    function init() {
        Lang.code = "vi"
        FakeRoom.load("training")
        FakeRoom.clearCommands()
    }

    function test_queue_grant_revoke_mute_all() {
        var screen = make(callComponent)
        var hands = findChild(screen, "raisedHands")
        compare(hands.count, 3)
        compare(Room.raisedHands.get(0).id, "p4")
        compare(Room.raisedHands.get(0).hasFloor, true)
        mouseClick(findChild(screen, "grant_p3"))
        compare(FakeRoom.lastCommand().command, "Call.Floor.Grant")
        compare(FakeRoom.lastCommand().args.participant, "p3")
        mouseClick(findChild(screen, "revoke_p4"))
        compare(FakeRoom.lastCommand().command, "Call.Floor.Revoke")
        compare(FakeRoom.lastCommand().args.participant, "p4")
        mouseClick(findChild(screen, "muteAllButton"))
        compare(FakeRoom.lastCommand().command, "Call.MuteAll")
    }

    function test_recording_indicator_and_mode_switch() {
        var screen = make(callComponent)
        verify(findChild(screen, "recordingIndicator").visible)
        verify(findChild(screen, "modeTraining").checked)
        mouseClick(findChild(screen, "modeConference"))
        compare(FakeRoom.lastCommand().command, "Room.Mode.Set")
        compare(FakeRoom.lastCommand().args.mode, "conference")
        FakeRoom.setStatus("Room/Mode", "conference")
        verify(!findChild(screen, "recordingIndicator").visible)
    }
}
