<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallControls</name>
    <message>
        <location filename="../qml/CallControls.qml" line="23"/>
        <source>Microphones OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="23"/>
        <source>Microphones ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="24"/>
        <source>Touch to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="24"/>
        <source>Touch to mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="33"/>
        <source>Camera ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="33"/>
        <source>Camera OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="34"/>
        <source>Touch to hide the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="34"/>
        <source>Touch to show the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="43"/>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="43"/>
        <source>Share laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="44"/>
        <source>Others see your slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="44"/>
        <source>Show the laptop to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="52"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="85"/>
        <source>What the other sites see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="102"/>
        <source>Camera position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="89"/>
        <source>What the meeting shows (chosen by the chair):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOverlay</name>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="22"/>
        <source>The panel has lost contact with the room system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="31"/>
        <source>A meeting in progress continues. The panel reconnects by itself; you do not need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="38"/>
        <source>Trying again (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="39"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="46"/>
        <source>If this stays for more than a few minutes, call the technician (room system: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/HeaderBar.qml" line="17"/>
        <source>Room panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HeaderBar.qml" line="62"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message numerus="yes">
        <location filename="../qml/InCallScreen.qml" line="22"/>
        <source>Connection lost, reconnecting in %n second(s)</source>
        <translation>
            <numerusform>Connection lost, reconnecting in %n second</numerusform>
            <numerusform>Connection lost, reconnecting in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="50"/>
        <source>Recording not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="51"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="51"/>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="88"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="111"/>
        <source>Leave the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="124"/>
        <source>Stop recording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="125"/>
        <source>The recording of this session ends now. Every site is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="126"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="127"/>
        <source>Keep recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinByNumberCard</name>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="22"/>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="22"/>
        <source>Join the room&apos;s meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="23"/>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="30"/>
        <source>Or join another meeting by its number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="42"/>
        <source>Meeting number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="43"/>
        <source>PIN (if the meeting has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="73"/>
        <source>Join meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="19"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>Room panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="59"/>
        <source>Leave the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="60"/>
        <source>The room leaves the meeting for everyone here. The projector turns off a few minutes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>Stay in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Not possible right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="103"/>
        <source>This room cannot do that yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>The room refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextMeetingCard</name>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="14"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="28"/>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextMeetingCard.qml" line="43"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Starts in %n minute</numerusform>
            <numerusform>Starts in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="44"/>
        <source>The meeting has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="55"/>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="55"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextMeetingCard.qml" line="57"/>
        <source>Join opens in %n minute(s)</source>
        <translation>
            <numerusform>Join opens in %n minute</numerusform>
            <numerusform>Join opens in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../qml/ParticipantList.qml" line="10"/>
        <source>Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="42"/>
        <source>%1 (this room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="50"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="50"/>
        <source>has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="51"/>
        <source>hand raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="61"/>
        <source>Nobody else has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/PinDialog.qml" line="22"/>
        <source>Technician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="29"/>
        <source>Wrong PIN, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../qml/QualityIndicator.qml" line="25"/>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomStateCard</name>
    <message numerus="yes">
        <location filename="../qml/RoomStateCard.qml" line="53"/>
        <source>Projector warming up: %n second(s) left</source>
        <translation>
            <numerusform>Projector warming up: %n second left</numerusform>
            <numerusform>Projector warming up: %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="70"/>
        <source>Attempt %1, please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="71"/>
        <source>Please wait, this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="79"/>
        <source>The meeting could not be reached. Check that the meeting has started, then try again. If it fails again, call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="88"/>
        <source>Touch the green button to join: the projector, camera and microphones turn on by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="95"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="96"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="97"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="97"/>
        <source>Picture off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>Microphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="99"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="99"/>
        <source>Volume %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="143"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="151"/>
        <source>Back to standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="151"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="12"/>
        <source>No test run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="13"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="14"/>
        <source>%1 passed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="24"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="27"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="28"/>
        <source>lamp %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="30"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="31"/>
        <source>preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <source>Microphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <location filename="../qml/TechnicianScreen.qml" line="68"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="35"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="35"/>
        <source>Volume %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="37"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="38"/>
        <source>Checked during a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="39"/>
        <source>Calls brought back automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="41"/>
        <source>Meeting server (MCU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="70"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="72"/>
        <location filename="../qml/TechnicianScreen.qml" line="79"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="74"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="77"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="81"/>
        <source>Test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="93"/>
        <source>Save position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="95"/>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="105"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="126"/>
        <source>Software version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="134"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="14"/>
        <source>Mute all trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="15"/>
        <source>Trainees are muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="19"/>
        <source>Raised hands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="52"/>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="52"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="62"/>
        <source>No raised hands. Trainees raise a hand from their site to ask to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="32"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="32"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="34"/>
        <source>Recording not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="35"/>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../qml/Words.qml" line="9"/>
        <source>The room is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="10"/>
        <source>Starting the room&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="11"/>
        <source>Joining the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="12"/>
        <source>In the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="13"/>
        <source>Connection lost, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="14"/>
        <source>Leaving the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="15"/>
        <source>Could not join the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="17"/>
        <source>Waiting for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="21"/>
        <source>Off (standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="22"/>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="23"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="24"/>
        <source>Cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="25"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="27"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="32"/>
        <source>The projector refused the room&apos;s password. Please call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="33"/>
        <source>The projector does not answer. Check that it is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="34"/>
        <source>The projector reports a lamp problem. Please call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="35"/>
        <source>The projector is busy warming up or cooling down. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="36"/>
        <source>The projector reported a problem. Please call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="40"/>
        <source>The camera refused the room&apos;s login. Please call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="41"/>
        <source>The camera does not answer. Check that it is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="42"/>
        <source>The camera is busy. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="44"/>
        <source>The camera reported a problem. Please call the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="51"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="52"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="53"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="54"/>
        <source>Presenter + slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="59"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="59"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="63"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="64"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="65"/>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="67"/>
        <source>No sound yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="70"/>
        <source>Whole room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="71"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="60"/>
        <source>The recording could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="61"/>
        <source>Recording not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="62"/>
        <source>Only the trainer&apos;s room can record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>The room cannot join a meeting right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>The room is not in a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Only the trainer&apos;s room chooses the meeting&apos;s picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Only the trainer&apos;s room can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Recording is not possible right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>This works only during a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
