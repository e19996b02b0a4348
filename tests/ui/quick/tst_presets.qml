import QtQuick
import QtTest
import VcPanel
import VcPanelTest

// Camera presets as named thumbnails: the strip shows each preset of Camera/Presets with its
// picture and name, the active one marked; a press recalls it; the technician stores one.
TestCase {
    id: tc
    name: "PresetStrip"
    when: windowShown

    Window { id: host; width: 1280; height: 800; visible: true; color: Theme.bg }
    function make(component) {
        var item = createTemporaryObject(component, host.contentItem)
        verify(item)
        verify(waitForRendering(host.contentItem))
        return item
    }
    width: 1280
    height: 700

    Component { id: stripComponent; PresetStrip { width: 1000 } }
    Component { id: technicianComponent; TechnicianScreen { width: 1252; height: 684 } }

    function init() {
        Lang.code = "vi"
        FakeRoom.load("in_call")
        FakeRoom.clearCommands()
    }

    function test_names_thumbnails_and_active() {
        var strip = make(stripComponent)
        compare(strip.count, 3)
        compare(findChild(strip, "presetName_1").text, "Toàn cảnh")
        compare(findChild(strip, "presetName_2").text, "Bục giảng")
        compare(findChild(strip, "presetName_3").text, "Bảng trắng và màn chiếu phía trước lớp")
        var picture = findChild(strip, "presetThumbnail_2")
        verify(String(picture.source).indexOf("data:image/jpeg;base64,") === 0)
        tryCompare(picture, "status", Image.Ready)
        compare(picture.sourceSize.width, 192)
        compare(picture.sourceSize.height, 108)
        verify(picture.visible)
        // Stored without a picture yet: the name only, across the whole tile.
        compare(findChild(strip, "presetThumbnail_3").visible, false)
        compare(findChild(strip, "preset_1").checked, true)
        compare(findChild(strip, "preset_2").checked, false)
        for (var n = 1; n <= 3; ++n) verify(findChild(strip, "preset_" + n).height >= 48)
        FakeRoom.setStatus("Camera/ActivePreset", 2)
        compare(findChild(strip, "preset_2").checked, true)
        compare(findChild(strip, "preset_1").checked, false)
    }

    function test_press_recalls_the_preset() {
        var strip = make(stripComponent)
        mouseClick(findChild(strip, "preset_2"))
        var c = FakeRoom.lastCommand()
        compare(c.command, "Camera.Preset.Activate")
        compare(c.args.preset, 2)
        mouseClick(findChild(strip, "preset_3"))
        compare(FakeRoom.lastCommand().args.preset, 3)
    }

    function test_only_jpeg_data_urls_are_shown() {
        FakeRoom.setStatus("Camera/Presets", [{ number: 4, name: "Cửa ra vào", thumbnail: "http://10.0.0.9/x.jpg" },
                                              { number: 5, name: "Lối đi", thumbnail: "file:///etc/passwd" }])
        var strip = make(stripComponent)
        compare(strip.count, 2)
        compare(Room.presets.get(0).thumbnail, "")
        compare(findChild(strip, "presetThumbnail_4").visible, false)
        compare(findChild(strip, "presetThumbnail_5").visible, false)
        compare(findChild(strip, "presetName_5").text, "Lối đi")
    }

    function test_without_named_presets_the_mode_presets_show() {
        FakeRoom.load("standby")
        var strip = make(stripComponent)
        compare(strip.count, 2)
        compare(Room.presets.get(0).number, 1)
        compare(Room.presets.get(0).kind, "wide")
        compare(findChild(strip, "presetName_1").text, "Toàn cảnh phòng")
        compare(findChild(strip, "presetName_2").text, "Giảng viên")
    }

    function test_technician_stores_a_position() {
        var screen = make(technicianComponent)
        var store = findChild(screen, "storePreset_2")
        verify(store.visible)
        compare(store.text, "Bục giảng")
        mouseClick(store)
        var c = FakeRoom.lastCommand()
        compare(c.command, "Camera.Preset.Store")
        compare(c.args.preset, 2)
    }
}
