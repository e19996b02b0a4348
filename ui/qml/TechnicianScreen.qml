import QtQuick
import VcPanel

// Behind the PIN: every device's state with the room's own sentence, test buttons, the
// configuration overview and the software version.
Item {
    id: screen
    signal closeRequested()

    function dot(ok, warn) { return ok ? Theme.ok : warn ? Theme.warn : Theme.danger }
    function testLine(t) {
        if (!t.command) return qsTr("No test run yet.")
        if (!t.ok) return qsTr("%1 failed: %2").arg(t.command).arg(t.reason)
        return qsTr("%1 passed: %2").arg(t.command).arg(JSON.stringify(t.value))
    }

    Card {
        id: devices
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: Math.round(parent.width * 0.60)
        Column {
            anchors { fill: parent; margins: Theme.gap }
            spacing: Theme.px(8)
            Label { text: qsTr("Devices"); font.pixelSize: Theme.fontLarge; font.bold: true }
            Repeater {
                model: [
                    { key: "projector", name: qsTr("Projector"),
                      state: Words.powerText(Room.projectorPower) + (Room.projectorLampHours >= 0 ? " · " + qsTr("lamp %1 h").arg(Room.projectorLampHours) : ""),
                      detail: Room.projectorError, good: Room.projectorError === "", warn: Room.projectorPower !== "on" },
                    { key: "camera", name: qsTr("Camera"),
                      state: Words.powerText(Room.cameraPower) + (Room.cameraPreset >= 0 ? " · " + qsTr("preset %1").arg(Room.cameraPreset) : ""),
                      detail: Room.cameraError, good: Room.cameraError === "", warn: false },
                    { key: "mics", name: qsTr("Microphones"), state: Room.micMuted ? qsTr("Muted") : qsTr("On"),
                      detail: Room.audioError, good: Room.audioError === "", warn: Room.micMuted },
                    { key: "speakers", name: qsTr("Speakers"), state: qsTr("Volume %1%").arg(Room.volume),
                      detail: Room.audioError, good: Room.audioError === "", warn: false },
                    { key: "network", name: qsTr("Network"),
                      state: Room.callState === "in_call" ? Words.qualityText(Room.quality) : qsTr("Checked during a call"),
                      detail: qsTr("Calls brought back automatically: %1").arg(Room.reconnects),
                      good: Room.callState !== "reconnecting", warn: Room.callState === "in_call" && Room.quality < 3 },
                    { key: "mcu", name: qsTr("Meeting server (MCU)"), state: Words.stateHeadline(Room.callState),
                      detail: Room.lastError, good: Room.callState !== "error", warn: Room.callState === "reconnecting" }
                ]
                delegate: Rectangle {
                    objectName: "device_" + modelData.key
                    width: parent.width
                    height: Math.max(Theme.touch + Theme.px(12), info.implicitHeight + Theme.px(12))
                    radius: Theme.radius / 2
                    color: Theme.surfaceHi
                    Rectangle {
                        x: Theme.px(10); anchors.verticalCenter: parent.verticalCenter
                        width: Theme.px(18); height: width; radius: width / 2
                        color: screen.dot(modelData.good, modelData.warn)
                    }
                    Column {
                        id: info
                        anchors { left: parent.left; leftMargin: Theme.px(38); right: tests.left; rightMargin: Theme.px(8)
                                  verticalCenter: parent.verticalCenter }
                        Label { width: parent.width; text: modelData.name + ": " + modelData.state; font.bold: true; wrapMode: Text.WordWrap }
                        Label { width: parent.width; visible: modelData.detail !== ""; text: modelData.detail
                                wrapMode: Text.WordWrap; maximumLineCount: 3; font.pixelSize: Theme.fontSmall; color: Theme.textDim }
                    }
                    Row {
                        id: tests
                        anchors { right: parent.right; rightMargin: Theme.px(6); verticalCenter: parent.verticalCenter }
                        spacing: Theme.px(6)
                        BigButton { visible: modelData.key === "projector"; objectName: "testProjectorOn"; width: Theme.px(104)
                                    fontSize: Theme.fontSmall; text: qsTr("On"); onClicked: Room.projectorPowerTest(true) }
                        BigButton { visible: modelData.key === "projector"; objectName: "testProjectorOff"; width: Theme.px(104)
                                    fontSize: Theme.fontSmall; text: qsTr("Off"); onClicked: Room.projectorPowerTest(false) }
                        BigButton { visible: modelData.key === "projector"; objectName: "testProjector"; width: Theme.px(104)
                                    fontSize: Theme.fontSmall; text: qsTr("Check"); onClicked: Room.projectorTest() }
                        BigButton { visible: modelData.key === "camera" && Room.presets.count > 0; objectName: "testCameraPreset"
                                    width: Theme.px(104); fontSize: Theme.fontSmall; text: qsTr("Preset")
                                    onClicked: Room.activatePreset(Room.presets.get(0).number) }
                        BigButton { visible: modelData.key === "camera"; objectName: "testCameraHome"; width: Theme.px(104)
                                    fontSize: Theme.fontSmall; text: qsTr("Home"); onClicked: Room.cameraHome() }
                        BigButton { visible: modelData.key === "camera"; objectName: "testCamera"; width: Theme.px(104)
                                    fontSize: Theme.fontSmall; text: qsTr("Check"); onClicked: Room.cameraTest() }
                        BigButton { visible: modelData.key === "speakers"; objectName: "testTone"; width: Theme.px(150)
                                    fontSize: Theme.fontSmall; text: qsTr("Test tone"); onClicked: Room.testTone() }
                    }
                }
            }
            // "Save position": the camera's current position into a preset, with a new thumbnail.
            // One row; presets beyond the width scroll sideways.
            Row {
                objectName: "storePresets"
                width: parent.width
                spacing: Theme.px(8)
                visible: Room.cameraConfigured && Room.presets.count > 0
                Label { id: storeLabel; height: Theme.touch; verticalAlignment: Text.AlignVCenter; font.bold: true
                        text: qsTr("Save position:") }
                ListView {
                    id: storeList
                    width: parent.width - storeLabel.width - parent.spacing
                    height: Theme.touch
                    orientation: ListView.Horizontal
                    spacing: Theme.px(6)
                    interactive: contentWidth > width
                    clip: contentWidth > width
                    boundsBehavior: Flickable.StopAtBounds
                    model: Room.presets
                    delegate: BigButton {
                        objectName: "storePreset_" + model.number
                        width: Math.min(implicitWidth, Theme.px(300))
                        height: storeList.height
                        fontSize: Theme.fontSmall
                        text: Words.presetName(model.kind, model.name)
                        onClicked: Room.storePreset(model.number)
                    }
                }
            }
        }
    }

    Card {
        anchors { left: devices.right; leftMargin: Theme.gap; right: parent.right; top: parent.top; bottom: closeButton.top
                  bottomMargin: Theme.gap }
        Column {
            id: side
            anchors { fill: parent; margins: Theme.gap }
            spacing: Theme.px(8)
            Label { text: qsTr("Last test"); font.bold: true }
            Label {
                objectName: "lastTest"
                width: parent.width
                wrapMode: Text.Wrap
                maximumLineCount: 4
                font.pixelSize: Theme.fontSmall
                color: Room.lastTest.ok === false ? Theme.warn : Theme.textDim
                text: screen.testLine(Room.lastTest)
            }
            Label { text: qsTr("Configuration"); font.bold: true }
            ListView {
                width: parent.width
                height: parent.height - y - versionText.height - Theme.px(8)
                clip: true
                model: Room.configuration
                delegate: Item {
                    width: ListView.view.width
                    height: Math.max(keyText.implicitHeight, valueText.implicitHeight) + Theme.px(4)
                    Label { id: keyText; width: parent.width * 0.6; text: modelData.key; font.pixelSize: Theme.fontSmall
                            color: Theme.textDim; wrapMode: Text.Wrap }
                    Label { id: valueText; x: parent.width * 0.63; width: parent.width * 0.37; text: modelData.value
                            font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                }
            }
            Label {
                id: versionText
                objectName: "versionText"
                width: parent.width
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontSmall
                text: qsTr("Software version %1").arg(Room.version)
            }
        }
    }
    BigButton {
        id: closeButton
        objectName: "technicianClose"
        anchors { left: devices.right; leftMargin: Theme.gap; right: parent.right; bottom: parent.bottom }
        text: qsTr("Close")
        onClicked: screen.closeRequested()
    }
}
