# Every third-party dependency, found once, as an imported target. All come from Debian 12 packages
# listed in scripts/debian-packages.txt.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(Boost 1.74 REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(GTest REQUIRED)
pkg_check_modules(NICE REQUIRED IMPORTED_TARGET nice)
pkg_check_modules(SRTP2 REQUIRED IMPORTED_TARGET libsrtp2)
pkg_check_modules(GLIB REQUIRED IMPORTED_TARGET glib-2.0 gobject-2.0 gio-2.0)
pkg_check_modules(GST REQUIRED IMPORTED_TARGET gstreamer-1.0 gstreamer-sdp-1.0 gstreamer-webrtc-1.0
                  gstreamer-app-1.0 gstreamer-audio-1.0 gstreamer-video-1.0)
# Audio mixing in the MCU.
pkg_check_modules(OPUS REQUIRED IMPORTED_TARGET opus)
# The room appliance: ALSA mixer/enumeration, systemd readiness and watchdog.
pkg_check_modules(ALSA REQUIRED IMPORTED_TARGET alsa)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
# Video composition in the MCU: VP8 codecs, scaling, tile labels (Noto Sans from fonts-noto-core).
pkg_check_modules(VPX REQUIRED IMPORTED_TARGET vpx)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
find_path(LIBYUV_INCLUDE_DIR libyuv.h REQUIRED)
find_library(LIBYUV_LIBRARY yuv REQUIRED)
add_library(VC::libyuv UNKNOWN IMPORTED)
set_target_properties(VC::libyuv PROPERTIES IMPORTED_LOCATION ${LIBYUV_LIBRARY}
                      INTERFACE_INCLUDE_DIRECTORIES ${LIBYUV_INCLUDE_DIR})
