import QtQuick
import VcPanel

// On-screen digits for meeting numbers and PINs: 1-9, clear, 0, delete. Keys are >= 64 px.
Grid {
    id: pad
    signal digit(string d)
    signal cleared()
    signal erased()
    property int keySize: Theme.touch
    columns: 3
    spacing: Theme.px(10)
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        BigButton {
            objectName: "key" + (modelData === "C" ? "Clear" : modelData === "⌫" ? "Erase" : modelData)
            width: pad.keySize * 1.5
            height: pad.keySize
            text: modelData === "C" ? qsTr("Clear") : modelData
            fontSize: modelData === "C" ? Theme.fontSmall : Theme.fontLarge
            lines: 1
            onClicked: modelData === "C" ? pad.cleared() : modelData === "⌫" ? pad.erased() : pad.digit(modelData)
        }
    }
}
