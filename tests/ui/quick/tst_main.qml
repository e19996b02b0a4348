import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// The whole window: screens follow the call state, Leave asks first, the technician PIN, the
// language switch at run time, refused commands in words, the connection-lost overlay.
TestCase {
    id: tc
    name: "MainWindow"
    when: windowShown

    Component { id: mainComponent; Main {} }

    function init() {
        Lang.code = "vi"
        FakeRoom.load("standby")
        FakeRoom.clearCommands()
    }

    function open() {
        var main = createTemporaryObject(mainComponent, tc)
        verify(main)
        verify(waitForRendering(main.contentItem))
        return main
    }

    function test_leave_asks_for_confirmation() {
        FakeRoom.load("in_call")
        var main = open()
        compare(main.screen, "call")
        mouseClick(findChild(main.contentItem, "leaveButton"))
        verify(findChild(main.contentItem, "leaveDialog").visible)
        compare(FakeRoom.commandCount, 0)
        mouseClick(findChild(findChild(main.contentItem, "leaveDialog"), "cancelButton"))
        verify(!findChild(main.contentItem, "leaveDialog").visible)
        mouseClick(findChild(main.contentItem, "leaveButton"))
        mouseClick(findChild(findChild(main.contentItem, "leaveDialog"), "confirmButton"))
        compare(FakeRoom.lastCommand().command, "Call.Leave")
        FakeRoom.setStatus("Call/State", "standby")
        compare(main.screen, "home")
    }

    function test_language_switches_at_run_time() {
        var main = open()
        var tech = findChild(main.contentItem, "technicianButton")
        compare(tech.text, "Kỹ thuật")
        mouseClick(findChild(main.contentItem, "languageButton"))
        compare(Lang.code, "en")
        compare(tech.text, "Technician")
        compare(findChild(main.contentItem, "stateHeadline").text, "The room is ready")
        compare(findChild(main.contentItem, "languageButton").text, "Tiếng Việt")
        mouseClick(findChild(main.contentItem, "languageButton"))
        compare(tech.text, "Kỹ thuật")
    }

    function test_technician_behind_pin() {
        var main = open()
        mouseClick(findChild(main.contentItem, "technicianButton"))
        var pin = findChild(main.contentItem, "pinDialog")
        verify(pin.visible)
        mouseClick(findChild(pin, "key1"))
        mouseClick(findChild(pin, "pinOk"))
        verify(pin.visible)
        compare(findChild(pin, "pinText").text, "Sai mã PIN, hãy nhập lại")
        compare(main.screen, "home")
        for (var d of ["2", "4", "6", "8"]) mouseClick(findChild(pin, "key" + d))
        mouseClick(findChild(pin, "pinOk"))
        compare(main.screen, "technician")
        mouseClick(findChild(main.contentItem, "testProjector"))
        compare(FakeRoom.lastCommand().command, "Projector.Test")
        compare(findChild(main.contentItem, "versionText").text, "Phiên bản phần mềm 0.1.0")
        mouseClick(findChild(main.contentItem, "technicianClose"))
        compare(main.screen, "home")
    }

    function test_refused_command_is_shown() {
        var main = open()
        FakeRoom.refuseNext("invalid_state", "the room is already in a call")
        mouseClick(findChild(main.contentItem, "joinButton"))
        tryVerify(function() { return findChild(main.contentItem, "toast").visible })
        // In the teacher's words, not the room's English reason.
        compare(findChild(main.contentItem, "toast").message, "Phòng chưa thể vào cuộc họp lúc này.")
    }

    function test_connection_lost_overlay_and_recovery() {
        var main = open()
        verify(!findChild(main.contentItem, "connectionOverlay").visible)
        FakeRoom.drop()
        compare(main.screen, "offline")
        verify(findChild(main.contentItem, "connectionOverlay").visible)
        compare(findChild(main.contentItem, "overlayRetry").text, "Đang thử lại (lần 1)…")
        FakeRoom.load("standby")
        verify(!findChild(main.contentItem, "connectionOverlay").visible)
        compare(main.screen, "home")
    }
}
