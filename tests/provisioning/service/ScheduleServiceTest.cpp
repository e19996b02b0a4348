#include "provisioning/service/ScheduleService.hpp"

#include "provisioning/service/RoomService.hpp"
#include "tests/provisioning/service/ServiceFixture.hpp"

namespace vc::provision {
namespace {

class ScheduleServiceTest : public test::ServiceFixture {
 protected:
  JoinTokenSigner signer_{"0123456789abcdef0123456789abcdef"};
  ScheduleService schedule_{stores_, &signer_};
  RoomService rooms_{stores_};
};

TEST_F(ScheduleServiceTest, JoinTokenOnlyFromFiveMinutesBeforeStartUntilTheEnd) {
  const Room room = rooms_.Add("lan", SampleRoom());
  Meeting m{0, "Giao ban tháng 12", kStart + 3600, 90, "giao-ban-thang-12", "1234", "conference", std::nullopt, {room.id}};
  const Meeting added = schedule_.Add("lan", m);
  auto next = schedule_.NextForRoom(room);
  EXPECT_EQ(next["id"], "m" + std::to_string(added.id));
  EXPECT_EQ(next["start"], "2026-12-01T09:00:00Z");
  EXPECT_EQ(next["join_opens_at"], "2026-12-01T08:55:00Z");
  EXPECT_FALSE(next.contains("join_token"));
  clock_.Set(kStart + 3600 - 300);
  next = schedule_.NextForRoom(room);
  ASSERT_TRUE(next.contains("join_token"));
  const auto claims = signer_.Verify(next["join_token"].get<std::string>());
  ASSERT_TRUE(claims);
  EXPECT_EQ(claims->room, "giao-ban-thang-12");
  EXPECT_EQ(claims->sub, "r" + std::to_string(room.id));
  EXPECT_EQ(claims->name, room.name);
  EXPECT_EQ(claims->role, "participant");
  EXPECT_EQ(claims->exp, kStart + 3600 + 90 * 60 + 30 * 60);
  clock_.Set(kStart + 3600 + 90 * 60);
  EXPECT_TRUE(schedule_.NextForRoom(room).is_null());
}

TEST_F(ScheduleServiceTest, ChairRoomGetsChairRoleAndGuestsParticipant) {
  const Room chair = rooms_.Add("lan", SampleRoom("Phòng họp trực tuyến Sở GD&ĐT"));
  const Room other = rooms_.Add("lan", SampleRoom("Phòng GD&ĐT Huyện Ba Vì"));
  Meeting m{0, "Tập huấn", kStart, 60, "tap-huan", "", "training", chair.id, {chair.id, other.id}};
  const Meeting added = schedule_.Add("lan", m);
  EXPECT_EQ(signer_.Verify(schedule_.RoomToken(added.id, chair))->role, "chair");
  EXPECT_EQ(signer_.Verify(schedule_.RoomToken(added.id, other))->role, "participant");
  const auto guest = signer_.Verify(schedule_.GuestToken("lan", added.id, "Cô Hạnh"));
  EXPECT_EQ(guest->sub, "guest:Cô Hạnh");
  EXPECT_EQ(guest->role, "participant");
  const Room uninvited = rooms_.Add("lan", SampleRoom("Phòng GD&ĐT Huyện Mê Linh"));
  EXPECT_ANY_THROW(schedule_.RoomToken(added.id, uninvited));
}

TEST_F(ScheduleServiceTest, InvalidMeetingsAreRefused) {
  const Room room = rooms_.Add("lan", SampleRoom());
  EXPECT_ANY_THROW(schedule_.Add("lan", Meeting{0, "", kStart, 60, "r", "", "conference", std::nullopt, {room.id}}));
  EXPECT_ANY_THROW(schedule_.Add("lan", Meeting{0, "T", kStart, 0, "r", "", "conference", std::nullopt, {room.id}}));
  EXPECT_ANY_THROW(schedule_.Add("lan", Meeting{0, "T", kStart, 60, "bad room!", "", "conference", std::nullopt, {room.id}}));
  EXPECT_ANY_THROW(schedule_.Add("lan", Meeting{0, "T", kStart, 60, "r", "", "conference", std::nullopt, {}}));
  EXPECT_ANY_THROW(schedule_.Add("lan", Meeting{0, "T", kStart, 60, "r", "", "conference", std::nullopt, {999}}));
  EXPECT_TRUE(stores_.meetings.List().empty());
}

}  // namespace
}  // namespace vc::provision
