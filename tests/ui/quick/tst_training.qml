import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// Training mode: mute all, the raised-hands queue (the floor holder first), grant and revoke,
// Record / Stop recording (with its confirmation), the recording indicator, the layout buttons.
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
        hands.positionViewAtIndex(1, ListView.Contain)  // the queue scrolls; the second row in view
        verify(waitForRendering(host.contentItem))
        mouseClick(findChild(screen, "grant_p3"))
        compare(FakeRoom.lastCommand().command, "Call.Floor.Grant")
        compare(FakeRoom.lastCommand().args.participant, "p3")
        hands.positionViewAtBeginning()
        verify(waitForRendering(host.contentItem))
        mouseClick(findChild(screen, "revoke_p4"))
        compare(FakeRoom.lastCommand().command, "Call.Floor.Revoke")
        compare(FakeRoom.lastCommand().args.participant, "p4")
        mouseClick(findChild(screen, "muteAllButton"))
        compare(FakeRoom.lastCommand().command, "Call.MuteAll")
    }

    function test_record_button_starts_and_stopping_asks_first() {
        FakeRoom.setStatus("Call/Recording", false)
        var screen = make(callComponent)
        var button = findChild(screen, "recordButton")
        verify(button.enabled)
        compare(button.text, "Ghi hình")
        mouseClick(button)
        compare(FakeRoom.lastCommand().command, "Call.Recording.Start")
        FakeRoom.setStatus("Call/Recording", true)
        FakeRoom.setStatus("Call/RecordingSince", "2026-12-01T07:15:00")
        compare(button.text, "Dừng ghi hình")
        compare(button.sub, "Từ 07:15")
        FakeRoom.clearCommands()
        mouseClick(button)
        var dialog = findChild(screen, "stopRecordingDialog")
        verify(dialog.visible)
        compare(FakeRoom.commandCount, 0)
        mouseClick(findChild(dialog, "cancelButton"))
        verify(!dialog.visible)
        compare(FakeRoom.commandCount, 0)
        mouseClick(button)
        verify(dialog.visible)
        mouseClick(findChild(dialog, "confirmButton"))
        verify(!dialog.visible)
        compare(FakeRoom.commandCount, 1)
        compare(FakeRoom.lastCommand().command, "Call.Recording.Stop")
        FakeRoom.setStatus("Call/Recording", false)
        compare(button.text, "Ghi hình")
    }

    function test_record_button_greyed_without_recording_and_refusals_in_words() {
        FakeRoom.setStatus("Call/Recording", null)
        var screen = make(callComponent)
        var button = findChild(screen, "recordButton")
        verify(!button.enabled)
        compare(button.sub, "Không có ghi hình")
        mouseClick(button)
        compare(FakeRoom.commandCount, 0)
        FakeRoom.setStatus("Call/Recording", false)
        FakeRoom.setStatus("Call/RecordingError", "recording_failed")
        verify(button.enabled)
        compare(button.sub, "Không lưu được bản ghi hình")
        Lang.code = "en"
        compare(button.text, "Record")
        compare(button.sub, "The recording could not be saved")
        FakeRoom.setStatus("Call/RecordingError", null)
        FakeRoom.setStatus("Call/Recording", true)
        compare(button.text, "Stop recording")
    }

    function test_layout_buttons_follow_the_meeting() {
        var screen = make(callComponent)
        verify(findChild(screen, "layout_presenter_content").checked)
        FakeRoom.setStatus("Call/Layout", "grid")  // e.g. changed with the MCU's admin API
        verify(findChild(screen, "layout_grid").checked)
        verify(!findChild(screen, "layout_presenter_content").checked)
        mouseClick(findChild(screen, "layout_presenter_content"))
        compare(FakeRoom.lastCommand().command, "Room.Layout.Set")
        compare(FakeRoom.lastCommand().args.layout, "presenter_content")
        FakeRoom.setStatus("Call/Layout", "presenter")
        verify(findChild(screen, "layout_presenter_content").checked)
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
