<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CallControls</name>
    <message>
        <location filename="../qml/CallControls.qml" line="23"/>
        <source>Microphones OFF</source>
        <translation>Micrô: TẮT</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="23"/>
        <source>Microphones ON</source>
        <translation>Micrô: BẬT</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="24"/>
        <source>Touch to speak</source>
        <translation>Chạm để nói</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="24"/>
        <source>Touch to mute</source>
        <translation>Chạm để tắt tiếng</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="33"/>
        <source>Camera ON</source>
        <translation>Camera: BẬT</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="33"/>
        <source>Camera OFF</source>
        <translation>Camera: TẮT</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="34"/>
        <source>Touch to hide the room</source>
        <translation>Chạm để tắt hình</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="34"/>
        <source>Touch to show the room</source>
        <translation>Chạm để bật hình</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="43"/>
        <source>Stop sharing</source>
        <translation>Dừng trình chiếu</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="43"/>
        <source>Share laptop</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="44"/>
        <source>Others see your slides</source>
        <translation>Đang chiếu cho mọi người</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="44"/>
        <source>Show the laptop to everyone</source>
        <translation>Cho mọi người xem máy tính</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="52"/>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="85"/>
        <source>What the other sites see:</source>
        <translation>Các điểm cầu khác nhìn thấy:</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="102"/>
        <source>Camera position:</source>
        <translation>Góc quay camera:</translation>
    </message>
    <message>
        <location filename="../qml/CallControls.qml" line="89"/>
        <source>What the meeting shows (chosen by the chair):</source>
        <translation>Hình ảnh cuộc họp (do phòng chủ trì chọn):</translation>
    </message>
</context>
<context>
    <name>ConnectionOverlay</name>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="22"/>
        <source>The panel has lost contact with the room system</source>
        <translation>Bảng điều khiển mất kết nối với hệ thống phòng</translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="31"/>
        <source>A meeting in progress continues. The panel reconnects by itself; you do not need to do anything.</source>
        <translation>Cuộc họp đang diễn ra vẫn tiếp tục. Bảng điều khiển sẽ tự kết nối lại; bạn không cần làm gì.</translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="38"/>
        <source>Trying again (attempt %1)…</source>
        <translation>Đang thử lại (lần %1)…</translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="39"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../qml/ConnectionOverlay.qml" line="46"/>
        <source>If this stays for more than a few minutes, call the technician (room system: %1).</source>
        <translation>Nếu thông báo này kéo dài quá vài phút, hãy gọi kỹ thuật viên (hệ thống phòng: %1).</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/HeaderBar.qml" line="17"/>
        <source>Room panel</source>
        <translation>Bảng điều khiển phòng họp</translation>
    </message>
    <message>
        <location filename="../qml/HeaderBar.qml" line="62"/>
        <source>Technician</source>
        <translation>Kỹ thuật</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message numerus="yes">
        <location filename="../qml/InCallScreen.qml" line="22"/>
        <source>Connection lost, reconnecting in %n second(s)</source>
        <translation>
            <numerusform>Mất kết nối, sẽ kết nối lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="50"/>
        <source>Recording not available</source>
        <translation>Không có ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="51"/>
        <source>Recording</source>
        <translation>Đang ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="51"/>
        <source>Not recording</source>
        <translation>Không ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="88"/>
        <source>Mode:</source>
        <translation>Chế độ:</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="111"/>
        <source>Leave the meeting</source>
        <translation>Rời cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="124"/>
        <source>Stop recording?</source>
        <translation>Dừng ghi hình?</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="125"/>
        <source>The recording of this session ends now. Every site is told.</source>
        <translation>Việc ghi hình buổi học kết thúc ngay. Mọi điểm cầu đều được thông báo.</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="126"/>
        <source>Stop recording</source>
        <translation>Dừng ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/InCallScreen.qml" line="127"/>
        <source>Keep recording</source>
        <translation>Tiếp tục ghi hình</translation>
    </message>
</context>
<context>
    <name>JoinByNumberCard</name>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="22"/>
        <source>Joining…</source>
        <translation>Đang vào…</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="22"/>
        <source>Join the room&apos;s meeting</source>
        <translation>Vào cuộc họp của phòng</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="23"/>
        <source>Meeting: %1</source>
        <translation>Cuộc họp: %1</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="30"/>
        <source>Or join another meeting by its number:</source>
        <translation>Hoặc vào cuộc họp khác bằng số cuộc họp:</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="42"/>
        <source>Meeting number</source>
        <translation>Số cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="43"/>
        <source>PIN (if the meeting has one)</source>
        <translation>Mã PIN (nếu cuộc họp có)</translation>
    </message>
    <message>
        <location filename="../qml/JoinByNumberCard.qml" line="73"/>
        <source>Join meeting %1</source>
        <translation>Vào cuộc họp %1</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="19"/>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>Room panel</source>
        <translation>Bảng điều khiển phòng họp</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="59"/>
        <source>Leave the meeting?</source>
        <translation>Rời cuộc họp?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="60"/>
        <source>The room leaves the meeting for everyone here. The projector turns off a few minutes later.</source>
        <translation>Cả phòng sẽ rời cuộc họp. Máy chiếu sẽ tự tắt sau vài phút.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61"/>
        <source>Leave</source>
        <translation>Rời cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>Stay in the meeting</source>
        <translation>Ở lại cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Not possible right now: %1</source>
        <translation>Chưa thực hiện được lúc này: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="103"/>
        <source>This room cannot do that yet.</source>
        <translation>Phòng này chưa hỗ trợ chức năng đó.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>The room refused: %1</source>
        <translation>Hệ thống phòng từ chối: %1</translation>
    </message>
</context>
<context>
    <name>NextMeetingCard</name>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="14"/>
        <source>Next meeting</source>
        <translation>Cuộc họp sắp tới</translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="28"/>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextMeetingCard.qml" line="43"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Bắt đầu sau %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="44"/>
        <source>The meeting has started</source>
        <translation>Cuộc họp đã bắt đầu</translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="55"/>
        <source>Joining…</source>
        <translation>Đang vào…</translation>
    </message>
    <message>
        <location filename="../qml/NextMeetingCard.qml" line="55"/>
        <source>Join</source>
        <translation>Vào họp</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/NextMeetingCard.qml" line="57"/>
        <source>Join opens in %n minute(s)</source>
        <translation>
            <numerusform>Có thể vào họp sau %n phút</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../qml/ParticipantList.qml" line="10"/>
        <source>Participants (%1)</source>
        <translation>Người tham dự (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="42"/>
        <source>%1 (this room)</source>
        <translation>%1 (phòng này)</translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="50"/>
        <source>speaking</source>
        <translation>đang nói</translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="50"/>
        <source>has the floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="51"/>
        <source>hand raised</source>
        <translation>giơ tay</translation>
    </message>
    <message>
        <location filename="../qml/ParticipantList.qml" line="61"/>
        <source>Nobody else has joined yet.</source>
        <translation>Chưa có điểm cầu nào khác tham gia.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/PinDialog.qml" line="22"/>
        <source>Technician PIN</source>
        <translation>Mã PIN kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="29"/>
        <source>Wrong PIN, try again</source>
        <translation>Sai mã PIN, hãy nhập lại</translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="46"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../qml/PinDialog.qml" line="53"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../qml/QualityIndicator.qml" line="25"/>
        <source>Connection: %1</source>
        <translation>Kết nối: %1</translation>
    </message>
</context>
<context>
    <name>RoomStateCard</name>
    <message numerus="yes">
        <location filename="../qml/RoomStateCard.qml" line="53"/>
        <source>Projector warming up: %n second(s) left</source>
        <translation>
            <numerusform>Máy chiếu đang khởi động: còn %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="70"/>
        <source>Attempt %1, please wait.</source>
        <translation>Lần thử %1, vui lòng chờ.</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="71"/>
        <source>Please wait, this takes a few seconds.</source>
        <translation>Vui lòng chờ trong giây lát.</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="79"/>
        <source>The meeting could not be reached. Check that the meeting has started, then try again. If it fails again, call the technician.</source>
        <translation>Không kết nối được tới cuộc họp. Hãy kiểm tra cuộc họp đã bắt đầu chưa rồi thử lại. Nếu vẫn không được, hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="88"/>
        <source>Touch the green button to join: the projector, camera and microphones turn on by themselves.</source>
        <translation>Chạm nút màu xanh để vào họp: máy chiếu, camera và micrô sẽ tự bật.</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="95"/>
        <source>Projector</source>
        <translation>Máy chiếu</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="96"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="97"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="97"/>
        <source>Picture off</source>
        <translation>Đã tắt hình</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>Microphones</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="98"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="99"/>
        <source>Speakers</source>
        <translation>Loa</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="99"/>
        <source>Volume %1%</source>
        <translation>Âm lượng %1%</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="143"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="151"/>
        <source>Back to standby</source>
        <translation>Về chế độ chờ</translation>
    </message>
    <message>
        <location filename="../qml/RoomStateCard.qml" line="151"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="12"/>
        <source>No test run yet.</source>
        <translation>Chưa chạy kiểm tra nào.</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="13"/>
        <source>%1 failed: %2</source>
        <translation>%1 lỗi: %2</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="14"/>
        <source>%1 passed: %2</source>
        <translation>%1 đạt: %2</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="24"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="27"/>
        <source>Projector</source>
        <translation>Máy chiếu</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="28"/>
        <source>lamp %1 h</source>
        <translation>bóng đèn %1 giờ</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="30"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="31"/>
        <source>preset %1</source>
        <translation>vị trí %1</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <source>Microphones</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="33"/>
        <location filename="../qml/TechnicianScreen.qml" line="68"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="35"/>
        <source>Speakers</source>
        <translation>Loa</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="35"/>
        <source>Volume %1%</source>
        <translation>Âm lượng %1%</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="37"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="38"/>
        <source>Checked during a call</source>
        <translation>Được kiểm tra khi đang họp</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="39"/>
        <source>Calls brought back automatically: %1</source>
        <translation>Số lần tự kết nối lại: %1</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="41"/>
        <source>Meeting server (MCU)</source>
        <translation>Máy chủ hội nghị (MCU)</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="70"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="72"/>
        <location filename="../qml/TechnicianScreen.qml" line="79"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="74"/>
        <source>Preset</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="77"/>
        <source>Home</source>
        <translation>Về giữa</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="81"/>
        <source>Test tone</source>
        <translation>Phát âm thử</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="93"/>
        <source>Save position:</source>
        <translation>Lưu vị trí:</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="95"/>
        <source>Last test</source>
        <translation>Kiểm tra gần nhất</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="105"/>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="126"/>
        <source>Software version %1</source>
        <translation>Phiên bản phần mềm %1</translation>
    </message>
    <message>
        <location filename="../qml/TechnicianScreen.qml" line="134"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="14"/>
        <source>Mute all trainees</source>
        <translation>Tắt tiếng tất cả học viên</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="15"/>
        <source>Trainees are muted</source>
        <translation>Học viên đang bị tắt tiếng</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="19"/>
        <source>Raised hands (%1)</source>
        <translation>Giơ tay phát biểu (%1)</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="52"/>
        <source>Take back</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="52"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="62"/>
        <source>No raised hands. Trainees raise a hand from their site to ask to speak.</source>
        <translation>Chưa có ai giơ tay. Học viên giơ tay từ điểm cầu của mình để xin phát biểu.</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="32"/>
        <source>Stop recording</source>
        <translation>Dừng ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="32"/>
        <source>Record</source>
        <translation>Ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="34"/>
        <source>Recording not available</source>
        <translation>Không có ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/TrainingPanel.qml" line="35"/>
        <source>Since %1</source>
        <translation>Từ %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../qml/Words.qml" line="9"/>
        <source>The room is ready</source>
        <translation>Phòng đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="10"/>
        <source>Starting the room&apos;s devices</source>
        <translation>Đang khởi động thiết bị của phòng</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="11"/>
        <source>Joining the meeting</source>
        <translation>Đang vào cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="12"/>
        <source>In the meeting</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="13"/>
        <source>Connection lost, reconnecting</source>
        <translation>Mất kết nối, đang kết nối lại</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="14"/>
        <source>Leaving the meeting</source>
        <translation>Đang rời cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="15"/>
        <source>Could not join the meeting</source>
        <translation>Không vào được cuộc họp</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="17"/>
        <source>Waiting for the room</source>
        <translation>Đang chờ hệ thống phòng</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="21"/>
        <source>Off (standby)</source>
        <translation>Tắt (chờ)</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="22"/>
        <source>Warming up</source>
        <translation>Đang khởi động</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="23"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="24"/>
        <source>Cooling down</source>
        <translation>Đang làm nguội</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="25"/>
        <source>Not installed</source>
        <translation>Không lắp đặt</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="27"/>
        <source>Not known yet</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="32"/>
        <source>The projector refused the room&apos;s password. Please call the technician.</source>
        <translation>Máy chiếu từ chối mật khẩu của phòng. Vui lòng gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="33"/>
        <source>The projector does not answer. Check that it is plugged in and switched on.</source>
        <translation>Máy chiếu không phản hồi. Hãy kiểm tra máy chiếu đã cắm điện và bật nguồn.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="34"/>
        <source>The projector reports a lamp problem. Please call the technician.</source>
        <translation>Máy chiếu báo lỗi bóng đèn. Vui lòng gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="35"/>
        <source>The projector is busy warming up or cooling down. Please wait.</source>
        <translation>Máy chiếu đang khởi động hoặc làm nguội. Vui lòng chờ.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="36"/>
        <source>The projector reported a problem. Please call the technician.</source>
        <translation>Máy chiếu báo có sự cố. Vui lòng gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="40"/>
        <source>The camera refused the room&apos;s login. Please call the technician.</source>
        <translation>Camera từ chối đăng nhập của phòng. Vui lòng gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="41"/>
        <source>The camera does not answer. Check that it is plugged in and switched on.</source>
        <translation>Camera không phản hồi. Hãy kiểm tra camera đã cắm điện và bật nguồn.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="42"/>
        <source>The camera is busy. Please wait a moment.</source>
        <translation>Camera đang bận. Vui lòng chờ giây lát.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="44"/>
        <source>The camera reported a problem. Please call the technician.</source>
        <translation>Camera báo có sự cố. Vui lòng gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="51"/>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="52"/>
        <source>Speaker</source>
        <translation>Người nói</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="53"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="54"/>
        <source>Presenter + slides</source>
        <translation>Giảng viên + bài giảng</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="59"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="59"/>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="63"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="64"/>
        <source>Fair</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="65"/>
        <source>Poor</source>
        <translation>Kém</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="67"/>
        <source>No sound yet</source>
        <translation>Chưa có âm thanh</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="70"/>
        <source>Whole room</source>
        <translation>Toàn cảnh phòng</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="71"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="60"/>
        <source>The recording could not be saved</source>
        <translation>Không lưu được bản ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="61"/>
        <source>Recording not available</source>
        <translation>Không có ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="62"/>
        <source>Only the trainer&apos;s room can record</source>
        <translation>Chỉ phòng của giảng viên được ghi hình</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>The room cannot join a meeting right now.</source>
        <translation>Phòng chưa thể vào cuộc họp lúc này.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>The room is not in a meeting.</source>
        <translation>Phòng không ở trong cuộc họp.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Only the trainer&apos;s room chooses the meeting&apos;s picture.</source>
        <translation>Chỉ phòng của giảng viên mới chọn được hình ảnh cuộc họp.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Only the trainer&apos;s room can do this.</source>
        <translation>Chỉ phòng của giảng viên mới làm được việc này.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>Recording is not possible right now.</source>
        <translation>Hiện chưa thể ghi hình.</translation>
    </message>
    <message>
        <location filename="../qml/Words.qml" line="66"/>
        <source>This works only during a meeting.</source>
        <translation>Việc này chỉ làm được trong cuộc họp.</translation>
    </message>
</context>
</TS>
