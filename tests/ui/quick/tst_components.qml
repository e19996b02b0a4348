import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// Building blocks: buttons are touch-sized and click, the keypad types digits, the words for
// the room's codes exist in both languages.
TestCase {
    id: tc
    name: "Components"
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
    width: 800
    height: 600

    Component { id: buttonComponent; BigButton { text: "OK" } }
    Component { id: keypadComponent; Keypad {} }

    function test_button_is_touch_sized_and_clicks() {
        var button = make(buttonComponent)
        verify(button.width >= 48 && button.height >= 48)
        var spy = createTemporaryObject(spyComponent, tc, { target: button, signalName: "clicked" })
        mouseClick(button)
        compare(spy.count, 1)
        button.enabled = false
        mouseClick(button)
        compare(spy.count, 1)
    }

    Component { id: spyComponent; SignalSpy {} }

    function test_keypad_types_digits_clear_and_erase() {
        var pad = make(keypadComponent)
        var typed = ""
        pad.digit.connect(function(d) { typed += d })
        pad.erased.connect(function() { typed = typed.slice(0, -1) })
        pad.cleared.connect(function() { typed = "" })
        mouseClick(findChild(pad, "key4"))
        mouseClick(findChild(pad, "key0"))
        mouseClick(findChild(pad, "key7"))
        compare(typed, "407")
        mouseClick(findChild(pad, "keyErase"))
        compare(typed, "40")
        mouseClick(findChild(pad, "keyClear"))
        compare(typed, "")
        for (var i = 0; i <= 9; ++i) {
            var key = findChild(pad, "key" + i)
            verify(key.width >= 48 && key.height >= 48, "key " + i + " is touch-sized")
        }
    }

    function test_words_vietnamese_then_english() {
        Lang.code = "vi"
        compare(Words.stateHeadline("standby"), "Phòng đã sẵn sàng")
        compare(Words.powerText("warming"), "Đang khởi động")
        compare(Words.faultText("projector", "auth"), "Máy chiếu từ chối mật khẩu của phòng. Vui lòng gọi kỹ thuật viên.")
        Lang.code = "en"
        compare(Words.stateHeadline("standby"), "The room is ready")
        compare(Words.layoutName("presenter_content"), "Presenter + slides")
        Lang.code = "vi"
    }

    function test_vietnamese_date_and_duration() {
        compare(Lang.date(new Date(2026, 11, 1, 7, 35)), "Thứ Ba, 01/12/2026")
        compare(Lang.time(new Date(2026, 11, 1, 7, 5)), "07:05")
        compare(Lang.duration(3725), "1:02:05")
        compare(Lang.duration(65), "01:05")
    }
}
