pragma Singleton
import QtQuick

// Colours, sizes and type for every screen. Sizes are designed at 1280x800 and scaled with the
// window (1920x1080 = x1.35), so both resolutions keep the same layout. High contrast on a dark
// background; touch targets never below 48 px (kTouch 64 at x1).
QtObject {
    property real scale: 1
    function px(v) { return Math.round(v * scale) }

    readonly property string fontFamily: "Noto Sans"
    readonly property color bg: "#0a1420"
    readonly property color surface: "#14263a"
    readonly property color surfaceHi: "#223a54"
    readonly property color line: "#3a5878"
    readonly property color text: "#ffffff"
    readonly property color textDim: "#c9d6e3"
    readonly property color accent: "#1f6fd1"
    readonly property color join: "#168a45"
    readonly property color ok: "#35c46f"
    readonly property color warn: "#f5b82e"
    readonly property color danger: "#d93a30"
    readonly property color disabled: "#2c3a48"

    readonly property int fontSmall: px(17)
    readonly property int fontBody: px(21)
    readonly property int fontLarge: px(27)
    readonly property int fontTitle: px(34)
    readonly property int fontHuge: px(52)
    readonly property int touch: Math.max(48, px(64))
    readonly property int gap: px(14)
    readonly property int radius: px(12)
}
