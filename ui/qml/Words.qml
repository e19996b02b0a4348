pragma Singleton
import QtQuick

// The panel's words for the room's codes (call states, device power, faults, layouts, modes).
// The room reports codes and English sentences; a teacher reads these.
QtObject {
    function stateHeadline(state) {
        switch (state) {
        case "standby": return qsTr("The room is ready")
        case "waking": return qsTr("Starting the room's devices")
        case "joining": return qsTr("Joining the meeting")
        case "in_call": return qsTr("In the meeting")
        case "reconnecting": return qsTr("Connection lost, reconnecting")
        case "leaving": return qsTr("Leaving the meeting")
        case "error": return qsTr("Could not join the meeting")
        }
        return qsTr("Waiting for the room")
    }
    function powerText(power) {
        switch (power) {
        case "off": return qsTr("Off (standby)")
        case "warming": return qsTr("Warming up")
        case "on": return qsTr("On")
        case "cooling": return qsTr("Cooling down")
        case "absent": return qsTr("Not installed")
        }
        return qsTr("Not known yet")
    }
    function faultText(device, code) {
        if (device === "projector") {
            switch (code) {
            case "auth": return qsTr("The projector refused the room's password. Please call the technician.")
            case "no_answer": return qsTr("The projector does not answer. Check that it is plugged in and switched on.")
            case "lamp": return qsTr("The projector reports a lamp problem. Please call the technician.")
            case "busy": return qsTr("The projector is busy warming up or cooling down. Please wait.")
            case "other": return qsTr("The projector reported a problem. Please call the technician.")
            }
        } else {
            switch (code) {
            case "auth": return qsTr("The camera refused the room's login. Please call the technician.")
            case "no_answer": return qsTr("The camera does not answer. Check that it is plugged in and switched on.")
            case "busy": return qsTr("The camera is busy. Please wait a moment.")
            case "lamp":
            case "other": return qsTr("The camera reported a problem. Please call the technician.")
            }
        }
        return ""
    }
    function layoutName(layout) {
        switch (layout) {
        case "grid": return qsTr("Everyone")
        case "speaker": return qsTr("Speaker")
        case "presenter": return qsTr("Presenter")
        case "presenter_content": return qsTr("Presenter + slides")
        }
        return layout
    }
    function recordingError(code) {
        switch (code) {
        case "recording_failed": return qsTr("The recording could not be saved")
        case "recording_unavailable": return qsTr("Recording not available")
        case "not_chair": return qsTr("Only the trainer's room can record")
        }
        return ""
    }
    // Why the room said no (invalid_state), per command, for the toast; "" when no sentence fits
    // better than the room's own reason.
    function refusal(command) {
        switch (command) {
        case "Call.Join":
        case "Call.JoinMeeting": return qsTr("The room cannot join a meeting right now.")
        case "Call.Leave": return qsTr("The room is not in a meeting.")
        case "Room.Layout.Set": return qsTr("Only the trainer's room chooses the meeting's picture.")
        case "Call.MuteAll":
        case "Call.Floor.Grant":
        case "Call.Floor.Revoke": return qsTr("Only the trainer's room can do this.")
        case "Call.Recording.Start":
        case "Call.Recording.Stop": return qsTr("Recording is not possible right now.")
        case "Call.Hand.Raise":
        case "Content.Share.Start":
        case "Content.Share.Stop": return qsTr("This works only during a meeting.")
        }
        return ""
    }
    function modeName(mode) {
        return mode === "training" ? qsTr("Training") : qsTr("Conference")
    }
    function qualityText(q) {
        switch (q) {
        case 3: return qsTr("Good")
        case 2: return qsTr("Fair")
        case 1: return qsTr("Poor")
        }
        return qsTr("No sound yet")
    }
    function presetName(kind, name) {
        if (kind === "wide") return qsTr("Whole room")
        if (kind === "trainer") return qsTr("Trainer")
        return name
    }
}
