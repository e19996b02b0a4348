#!/usr/bin/env python3
"""Writes rooms-72.csv: the province's 72 video-conference rooms as technicians would enter them
(the department's two rooms, the 30 district offices of Hà Nội, 40 upper-secondary schools).
Run it again only to change the data; the tests read the committed CSV."""
import csv
import sys
import unicodedata

DISTRICTS = [
    "Quận Ba Đình", "Quận Hoàn Kiếm", "Quận Tây Hồ", "Quận Long Biên", "Quận Cầu Giấy", "Quận Đống Đa",
    "Quận Hai Bà Trưng", "Quận Hoàng Mai", "Quận Thanh Xuân", "Quận Nam Từ Liêm", "Quận Bắc Từ Liêm",
    "Quận Hà Đông", "Thị xã Sơn Tây", "Huyện Sóc Sơn", "Huyện Đông Anh", "Huyện Gia Lâm", "Huyện Thanh Trì",
    "Huyện Mê Linh", "Huyện Ba Vì", "Huyện Phúc Thọ", "Huyện Đan Phượng", "Huyện Hoài Đức", "Huyện Quốc Oai",
    "Huyện Thạch Thất", "Huyện Chương Mỹ", "Huyện Thanh Oai", "Huyện Thường Tín", "Huyện Phú Xuyên",
    "Huyện Ứng Hòa", "Huyện Mỹ Đức",
]
SCHOOLS = [
    "Chu Văn An", "Phan Đình Phùng", "Kim Liên", "Việt Đức", "Trần Phú - Hoàn Kiếm", "Nguyễn Trãi - Ba Đình",
    "Thăng Long", "Yên Hòa", "Lê Quý Đôn - Hà Đông", "Nguyễn Gia Thiều", "Cầu Giấy", "Xuân Đỉnh", "Đống Đa",
    "Quang Trung - Đống Đa", "Tây Hồ", "Phạm Hồng Thái", "Hoàng Văn Thụ", "Trương Định", "Việt Nam - Ba Lan",
    "Nhân Chính", "Khương Đình", "Đại Mỗ", "Mỹ Đức A", "Mỹ Đức B", "Ứng Hòa A", "Phú Xuyên A", "Thường Tín",
    "Thanh Oai A", "Chương Mỹ A", "Thạch Thất", "Quốc Oai", "Hoài Đức A", "Đan Phượng", "Phúc Thọ", "Ba Vì",
    "Sơn Tây", "Sóc Sơn", "Đông Anh", "Yên Viên", "Mê Linh",
]
MCU = "wss://mcu.sogd.hanoi.edu.vn:8443/ws"


def slug(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def rows():
    dept = "Sở Giáo dục và Đào tạo Hà Nội"
    yield ("Phòng họp trực tuyến Sở GD&ĐT", dept, "department", "conference", "so-gddt-phong-hop")
    yield ("Phòng tập huấn Sở GD&ĐT", dept, "department", "training", "so-gddt-tap-huan")
    for d in DISTRICTS:
        name = "Phòng GD&ĐT " + d
        yield (name, name, "district", "conference", slug(name))
    for i, s in enumerate(SCHOOLS):
        site = "Trường THPT " + s
        yield ("Phòng họp " + site, site, "school", "training" if i % 5 == 4 else "conference", slug("thpt " + s))


def main():
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["name", "site", "site_kind", "type", "mcu_url", "mcu_room", "camera_source", "ptz_host",
                  "audio_capture", "audio_playback", "projector_host", "projector_port", "projector_input"])
    count = 0
    for n, (name, site, kind, kind_type, room) in enumerate(rows(), start=1):
        net = f"10.{20 + n // 200}.{n % 200}"
        out.writerow([name, site, kind, kind_type, MCU, room, "v4l2:/dev/video0", f"{net}.21",
                      "plughw:CARD=USB,DEV=0", "plughw:CARD=PCH,DEV=0", f"{net}.20", 4352, "31"])
        count += 1
    assert count == 72, count


main()
