import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// In call: every control sends its command with the documented arguments; the participant list
// follows the status tree and marks the active speaker.
TestCase {
    id: tc
    name: "InCallScreen"
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
        FakeRoom.load("in_call")
        FakeRoom.clearCommands()
    }

    function clickAndExpect(screen, name, command, args) {
        mouseClick(findChild(screen, name))
        var c = FakeRoom.lastCommand()
        compare(c.command, command, name)
        for (var key in args) compare(c.args[key], args[key], name + " " + key)
    }

    function test_participants_and_active_speaker() {
        var screen = make(callComponent)
        var list = findChild(screen, "participantView")
        compare(list.count, 5)
        compare(Room.participants.get(1).self, true)
        FakeRoom.roomEvent("McuMessage", { type: "active_speaker", participants: ["p3"] })
        compare(Room.participants.get(2).speaking, true)
        compare(Room.participants.get(0).speaking, false)
        FakeRoom.setStatus("Call/Participants", [{ id: "p1", name: "Sở GD&ĐT" }])
        compare(list.count, 1)
    }

    function test_controls_send_commands() {
        var screen = make(callComponent)
        clickAndExpect(screen, "micButton", "Audio.Microphones.Mute", { mute: true })
        FakeRoom.setStatus("Audio/Microphones/Mute", true)
        compare(findChild(screen, "micButton").text, "Micrô: TẮT")
        clickAndExpect(screen, "micButton", "Audio.Microphones.Mute", { mute: false })
        clickAndExpect(screen, "cameraButton", "Camera.Enable", { on: false })
        clickAndExpect(screen, "shareButton", "Content.Share.Start", {})
        clickAndExpect(screen, "volumeUp", "Audio.Volume.Set", { level: 80 })
        clickAndExpect(screen, "volumeDown", "Audio.Volume.Set", { level: 60 })
        clickAndExpect(screen, "preset_2", "Camera.Preset.Activate", { preset: 2 })
        clickAndExpect(screen, "modeTraining", "Room.Mode.Set", { mode: "training" })
    }

    // A conference room (participant) sees the meeting's layout but the chair sets it.
    function test_layout_buttons_follow_the_meeting_and_only_a_chair_presses_them() {
        var screen = make(callComponent)
        verify(findChild(screen, "layout_grid").checked)  // Room/Layout until the MCU says
        verify(!findChild(screen, "layout_speaker").enabled)
        compare(findChild(screen, "layoutLabel").text, "Hình ảnh cuộc họp (do phòng chủ trì chọn):")
        mouseClick(findChild(screen, "layout_speaker"))
        compare(FakeRoom.commandCount, 0)
        FakeRoom.setStatus("Call/Layout", "presenter")  // the MCU's presenter: presenter + slides
        verify(findChild(screen, "layout_presenter_content").checked)
        verify(!findChild(screen, "layout_grid").checked)
        FakeRoom.setStatus("Call/Role", "chair")  // joined as chair, then switched to conference
        verify(findChild(screen, "layout_speaker").enabled)
        compare(findChild(screen, "layoutLabel").text, "Các điểm cầu khác nhìn thấy:")
        clickAndExpect(screen, "layout_speaker", "Room.Layout.Set", { layout: "speaker" })
        FakeRoom.setStatus("Call/Layout", "speaker")
        verify(findChild(screen, "layout_speaker").checked)
    }

    function test_duration_quality_and_reconnecting() {
        var screen = make(callComponent)
        compare(findChild(screen, "callDuration").text, "20:34")
        compare(Room.quality, 3)
        FakeRoom.setStatus("Call/State", "reconnecting")
        FakeRoom.setStatus("Call/RetryIn", 4)
        compare(findChild(screen, "callHeadline").text, "Mất kết nối, sẽ kết nối lại sau 4 giây")
    }
}
