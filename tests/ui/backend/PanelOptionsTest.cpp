#include "ui/app/PanelOptions.hpp"

#include <gtest/gtest.h>

namespace vc::ui {
namespace {

TEST(PanelOptions, DefaultsAndValues) {
  const PanelOptions defaults = ParsePanelOptions({});
  EXPECT_EQ(defaults.room, "ws://127.0.0.1:7310/");
  EXPECT_EQ(defaults.language, "vi");
  EXPECT_EQ(defaults.size, QSize(1280, 800));
  const PanelOptions o = ParsePanelOptions({"--room", "ws://127.0.0.1:9000/", "--lang", "en", "--size", "1920x1080",
                                            "--fullscreen", "--technician-pin", "135790"});
  EXPECT_EQ(o.room, "ws://127.0.0.1:9000/");
  EXPECT_EQ(o.language, "en");
  EXPECT_EQ(o.size, QSize(1920, 1080));
  EXPECT_TRUE(o.fullscreen);
  EXPECT_EQ(o.technician_pin, "135790");
}

TEST(PanelOptions, MistakesGetOneLineNamingTheArgument) {
  auto reason = [](const QStringList& args) {
    try {
      ParsePanelOptions(args);
    } catch (const PanelOptionsError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(reason({"--room", "http://x/"}), "--room: expected ws://HOST:PORT/, got 'http://x/'");
  EXPECT_EQ(reason({"--lang", "fr"}), "--lang: expected vi or en, got 'fr'");
  EXPECT_EQ(reason({"--size", "big"}), "--size: expected WIDTHxHEIGHT like 1280x800, got 'big'");
  EXPECT_EQ(reason({"--room"}), "--room needs a value");
  EXPECT_EQ(reason({"--what"}), "unknown argument '--what' (see --help)");
  EXPECT_EQ(reason({"--technician-pin", "12"}), "--technician-pin: expected 4 to 8 digits");
}

}  // namespace
}  // namespace vc::ui
