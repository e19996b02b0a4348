#include "provisioning/web/FleetPage.hpp"

#include "provisioning/core/Text.hpp"
#include "provisioning/service/Stores.hpp"
#include "provisioning/web/FormData.hpp"

namespace vc::provision {
namespace {

struct StateLook {
  const char* state;
  const char* vi;
  const char* en;
  const char* colour;
};

constexpr StateLook kStates[] = {
    {"in_call", "Đang họp", "In call", "#1565c0"},
    {"idle", "Sẵn sàng", "Idle", "#2e7d32"},
    {"fault", "Lỗi thiết bị", "Device fault", "#ef6c00"},
    {"offline", "Mất kết nối", "Offline", "#c62828"},
    {"not_enrolled", "Chưa đăng ký", "Not enrolled", "#757575"},
};

const StateLook& Look(const std::string& state) {
  for (const auto& look : kStates) {
    if (state == look.state) return look;
  }
  return kStates[4];
}

constexpr const char* kStyle = R"css(
body{font-family:"Noto Sans",sans-serif;margin:1.5em;color:#212121}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4em .6em;text-align:left}
.state{display:inline-block;white-space:nowrap;padding:.15em .6em;border-radius:.8em;color:#fff;font-weight:600}
.alert{color:#b71c1c}.muted{color:#757575;font-size:.9em}
form.login{max-width:22em}form.login input{display:block;width:100%;margin:.3em 0 .8em}
)css";

std::string Head(const std::string& title, bool english) {
  return std::string("<!DOCTYPE html><html lang=\"") + (english ? "en" : "vi") +
         "\"><head><meta charset=\"utf-8\"><title>" + FormData::EscapeHtml(title) +
         "</title><style>" + kStyle + "</style>";
}

std::string Ago(int64_t seconds, bool english) {
  if (seconds < 0) seconds = 0;
  std::string n;
  if (seconds < 120) {
    n = std::to_string(seconds) + (english ? " s" : " giây");
  } else if (seconds < 7200) {
    n = std::to_string(seconds / 60) + (english ? " min" : " phút");
  } else {
    n = std::to_string(seconds / 3600) + (english ? " h" : " giờ");
  }
  return english ? n + " ago" : n + " trước";
}

}  // namespace

std::string FleetPage::StateWord(const std::string& state, bool english) {
  return english ? Look(state).en : Look(state).vi;
}

std::string FleetPage::Login(bool failed, bool english) {
  std::string html = Head(english ? "Sign in - vc-provision" : "Đăng nhập - vc-provision", english);
  html += "</head><body><h1>";
  html += english ? "Room fleet — sign in" : "Quản lý phòng họp — đăng nhập";
  html += "</h1>";
  if (failed) {
    html += std::string("<p class=\"alert\" id=\"login-error\">") +
            (english ? "Wrong username or password." : "Sai tên đăng nhập hoặc mật khẩu.") + "</p>";
  }
  html += "<form class=\"login\" method=\"post\" action=\"/login\"><label>";
  html += english ? "Username" : "Tên đăng nhập";
  html += "<input name=\"username\" id=\"username\" autocomplete=\"username\" required></label><label>";
  html += english ? "Password" : "Mật khẩu";
  html += "<input name=\"password\" id=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
          "</label><button type=\"submit\" id=\"login\">";
  html += english ? "Sign in" : "Đăng nhập";
  html += "</button></form></body></html>";
  return html;
}

std::string FleetPage::Fleet(const std::vector<FleetRow>& rows, const std::vector<Site>& sites,
                             const std::string& selected_site, const User& user, int64_t now,
                             bool english) {
  const auto e = [](std::string_view s) { return FormData::EscapeHtml(s); };
  std::string html = Head(english ? "Room fleet - vc-provision" : "Tình trạng phòng họp - vc-provision", english);
  html += "<meta http-equiv=\"refresh\" content=\"30\"></head><body><h1>";
  html += english ? "Room fleet" : "Tình trạng các phòng họp";
  html += "</h1><div class=\"muted\">" + e(user.username) + " (" + e(user.role) + ") · " +
          text::FormatUtc(now) +
          " · <form method=\"post\" action=\"/logout\" style=\"display:inline\"><button>" +
          (english ? "Sign out" : "Đăng xuất") + "</button></form></div>";
  html += "<form method=\"get\" action=\"/fleet\"><label>";
  html += english ? "Site " : "Đơn vị ";
  html += "<select name=\"site\" id=\"site\"><option value=\"\">";
  html += english ? "All sites" : "Tất cả đơn vị";
  html += "</option>";
  for (const auto& site : sites) {
    html += "<option value=\"" + e(site.name) + "\"" + (site.name == selected_site ? " selected" : "") +
            ">" + e(site.name) + "</option>";
  }
  html += "</select></label>";
  if (english) html += "<input type=\"hidden\" name=\"lang\" value=\"en\">";
  html += std::string(" <button type=\"submit\" id=\"filter\">") + (english ? "Filter" : "Lọc") + "</button></form>";

  int counts[5] = {};
  for (const auto& row : rows) counts[&Look(row.state) - kStates]++;
  html += "<p id=\"summary\">";
  for (size_t i = 0; i < 5; ++i) {
    html += std::string("<span class=\"state\" style=\"background:") + kStates[i].colour + "\">" +
            (english ? kStates[i].en : kStates[i].vi) + ": " + std::to_string(counts[i]) + "</span> ";
  }
  html += "</p><table id=\"fleet\"><thead><tr>";
  static constexpr const char* kHeadVi[] = {"Phòng", "Đơn vị", "Trạng thái", "Liên lạc lần cuối", "Cảnh báo"};
  static constexpr const char* kHeadEn[] = {"Room", "Site", "State", "Last seen", "Alerts"};
  for (size_t i = 0; i < 5; ++i) html += std::string("<th>") + (english ? kHeadEn[i] : kHeadVi[i]) + "</th>";
  html += "</tr></thead><tbody>";
  for (const auto& row : rows) {
    const auto& look = Look(row.state);
    html += "<tr data-room=\"" + ExternalId('r', row.room.id) + "\" data-state=\"" + row.state + "\"><td>" +
            e(row.room.name) + "</td><td>" + e(row.room.site) + "</td><td><span class=\"state\" style=\"background:" +
            look.colour + "\">" + (english ? look.en : look.vi) + "</span></td><td>";
    if (row.appliance && row.appliance->last_seen) {
      html += text::FormatUtc(*row.appliance->last_seen) + " <span class=\"muted\">(" +
              Ago(now - *row.appliance->last_seen, english) + ")</span>";
    } else {
      html += "<span class=\"muted\">—</span>";
    }
    html += "</td><td>";
    for (const auto& alert : row.alerts) {
      const bool offline = alert.kind == "offline";
      html += "<div class=\"alert\" data-alert=\"" + e(alert.kind) + "\">" +
              (offline ? (english ? "Offline" : "Mất kết nối") : (english ? "Device fault" : "Lỗi thiết bị")) +
              (alert.device.empty() ? "" : " " + e(alert.device)) + ": " + e(alert.message) +
              " <span class=\"muted\">(" + Ago(now - alert.raised_at, english) + ")</span></div>";
    }
    html += "</td></tr>";
  }
  html += "</tbody></table></body></html>";
  return html;
}

}  // namespace vc::provision
