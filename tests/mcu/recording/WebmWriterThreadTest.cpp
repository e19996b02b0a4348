// The writer thread: everything pushed is written; a full queue drops at once (and counts)
// instead of making the producer wait; a write error is reported, not thrown at the producer.
#include <gtest/gtest.h>
#include <unistd.h>

#include <thread>

#include "mcu/recording/WebmWriterThread.hpp"
#include "tests/mcu/recording/WebmReadBack.hpp"

namespace vc::mcu::recording {
namespace {

using namespace std::chrono_literals;
using Track = WebmFileWriter::Track;

std::filesystem::path TempFile(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("vc-webm-thread-" + name + "-" + std::to_string(::getpid()) + ".webm");
}

std::unique_ptr<WebmFileWriter> AudioWriter(std::FILE* file) {
  WebmTracks tracks;
  tracks.audio = WebmTracks::Audio{};
  return std::make_unique<WebmFileWriter>(UniqueFile(file), tracks, "test");
}

MediaBlock Block(const std::shared_ptr<const std::vector<uint8_t>>& bytes, int ms) {
  MediaBlock block;
  block.track = Track::kAudio;
  block.timestamp = std::chrono::milliseconds(ms);
  block.keyframe = true;
  block.owner = bytes;
  block.bytes = *bytes;
  return block;
}

TEST(WebmWriterThreadTest, WritesEverythingPushedAndFinishesTheFile) {
  const auto path = TempFile("all");
  auto bytes = std::make_shared<const std::vector<uint8_t>>(60, 0x5A);
  uint64_t written = 0;
  {
    WebmWriterThread thread(AudioWriter(std::fopen(path.c_str(), "wb")), 1000);
    for (int i = 0; i < 250; ++i) EXPECT_TRUE(thread.Push(Block(bytes, i * 20)));
    thread.Finish();
    EXPECT_EQ(thread.frames_written(), 250u);
    EXPECT_EQ(thread.dropped(), 0u);
    EXPECT_FALSE(thread.failed());
    written = thread.bytes_written();
  }
  EXPECT_EQ(written, std::filesystem::file_size(path));
  const auto file = tests::mcu::recording::ReadWebm(path);
  ASSERT_TRUE(file.ok) << file.error;
  EXPECT_EQ(file.Count(2), 250u);
  std::filesystem::remove(path);
}

TEST(WebmWriterThreadTest, AFullQueueDropsAndCountsWithoutMakingTheProducerWait) {
  const auto path = TempFile("drop");
  // Big frames into a queue of two: the producer is far faster than the disk.
  auto bytes = std::make_shared<const std::vector<uint8_t>>(100 * 1024, 0x11);
  constexpr int kPushes = 2000;
  int accepted = 0;
  {
    WebmWriterThread thread(AudioWriter(std::fopen(path.c_str(), "wb")), 2);
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kPushes; ++i) accepted += thread.Push(Block(bytes, i * 20)) ? 1 : 0;
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_LT(took, 1s);  // never blocked on the writer
    thread.Finish();
    EXPECT_GT(thread.dropped(), 0u);
    EXPECT_EQ(thread.dropped() + static_cast<uint64_t>(accepted), static_cast<uint64_t>(kPushes));
    EXPECT_EQ(thread.frames_written(), static_cast<uint64_t>(accepted));
    EXPECT_FALSE(thread.failed()) << thread.error();
  }
  const auto file = tests::mcu::recording::ReadWebm(path);
  ASSERT_TRUE(file.ok) << file.error;
  EXPECT_EQ(file.Count(2), static_cast<size_t>(accepted));
  std::filesystem::remove(path);
}

TEST(WebmWriterThreadTest, AWriteErrorIsReportedAndLaterPushesAreRefused) {
  WebmWriterThread thread(AudioWriter(std::fopen("/dev/full", "wb")), 64);
  auto bytes = std::make_shared<const std::vector<uint8_t>>(2000, 0x22);
  int ms = 0;
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!thread.failed() && std::chrono::steady_clock::now() < deadline) {
    thread.Push(Block(bytes, ms));
    ms += 20;
    if (ms % 2000 == 0) std::this_thread::sleep_for(1ms);
  }
  ASSERT_TRUE(thread.failed());
  EXPECT_NE(thread.error().find("No space left"), std::string::npos) << thread.error();
  EXPECT_FALSE(thread.Push(Block(bytes, ms)));
}

}  // namespace
}  // namespace vc::mcu::recording
