import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// Home / standby: the room's state in words, Join for the room's meeting, join by number and
// PIN on the keypad, the scheduled meeting's Join, the warm-up countdown and faults.
TestCase {
    id: tc
    name: "HomeScreen"
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

    Component { id: homeComponent; HomeScreen { width: 1252; height: 684 } }

    function init() {
        Lang.code = "vi"
        FakeRoom.load("standby")
        FakeRoom.clearCommands()
    }

    function test_standby_says_ready_and_shows_devices() {
        var home = make(homeComponent)
        compare(findChild(home, "stateHeadline").text, "Phòng đã sẵn sàng")
        verify(findChild(home, "joinButton").visible)
        verify(!findChild(home, "joinNextButton").visible)
    }

    function test_join_sends_call_join() {
        var home = make(homeComponent)
        mouseClick(findChild(home, "joinButton"))
        compare(FakeRoom.commandCount, 1)
        compare(FakeRoom.lastCommand().command, "Call.Join")
        compare(Object.keys(FakeRoom.lastCommand().args).length, 0)
    }

    function test_join_by_number_and_pin() {
        var home = make(homeComponent)
        verify(!findChild(home, "joinNumberButton").enabled, "nothing typed yet")
        mouseClick(findChild(home, "key2"))
        mouseClick(findChild(home, "key6"))
        mouseClick(findChild(home, "key1"))
        mouseClick(findChild(home, "pinField"))
        mouseClick(findChild(home, "key9"))
        mouseClick(findChild(home, "key9"))
        mouseClick(findChild(home, "keyErase"))
        mouseClick(findChild(home, "key8"))
        mouseClick(findChild(home, "joinNumberButton"))
        var c = FakeRoom.lastCommand()
        compare(c.command, "Call.JoinMeeting")
        compare(c.args.meeting, "261")
        compare(c.args.pin, "98")
    }

    function test_scheduled_meeting_has_one_big_join() {
        FakeRoom.load("scheduled")
        var home = make(homeComponent)
        var join = findChild(home, "joinNextButton")
        verify(join.visible)
        verify(join.height >= 100)
        compare(findChild(home, "meetingTitle").text, "Giao ban trực tuyến tháng 12 với các Phòng GD&ĐT")
        compare(findChild(home, "meetingWhen").text, "Bắt đầu sau 25 phút")
        mouseClick(join)
        compare(FakeRoom.lastCommand().command, "Call.Join")
        FakeRoom.clearCommands()
        FakeRoom.setStatus("Schedule/NextMeeting/Available", false)
        verify(!join.enabled)
        mouseClick(join)
        compare(FakeRoom.commandCount, 0)
    }

    function test_waking_counts_down_and_says_faults_in_words() {
        FakeRoom.load("waking")
        var home = make(homeComponent)
        compare(findChild(home, "stateHeadline").text, "Đang khởi động thiết bị của phòng")
        compare(findChild(home, "warmupText").text, "Máy chiếu đang khởi động: còn 20 giây")
        FakeRoom.setStatus("Call/Progress", 7)
        compare(findChild(home, "warmupText").text, "Máy chiếu đang khởi động: còn 7 giây")
        verify(!findChild(home, "joinButton").enabled, "no second join while starting")
        mouseClick(findChild(home, "cancelJoinButton"))
        compare(FakeRoom.lastCommand().command, "Call.Leave")
        compare(Room.cameraFault, "no_answer")
    }

    function test_error_offers_retry() {
        FakeRoom.load("error")
        var home = make(homeComponent)
        compare(findChild(home, "stateHeadline").text, "Không vào được cuộc họp")
        compare(Room.projectorFault, "auth")
        mouseClick(findChild(home, "retryButton"))
        compare(FakeRoom.lastCommand().command, "Call.Join")
    }
}
