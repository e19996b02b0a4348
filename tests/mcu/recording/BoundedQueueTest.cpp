#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "mcu/recording/BoundedQueue.hpp"

namespace vc::mcu::recording {
namespace {

TEST(BoundedQueueTest, RefusesPastItsCapacityAndKeepsFifoOrder) {
  BoundedQueue<int> queue(3);
  EXPECT_TRUE(queue.TryPush(1));
  EXPECT_TRUE(queue.TryPush(2));
  EXPECT_TRUE(queue.TryPush(3));
  EXPECT_FALSE(queue.TryPush(4));  // full: refused at once, nothing waits
  EXPECT_EQ(queue.size(), 3u);
  EXPECT_EQ(queue.Pop(), 1);
  EXPECT_TRUE(queue.TryPush(5));  // room again
  EXPECT_EQ(queue.Pop(), 2);
  EXPECT_EQ(queue.Pop(), 3);
  EXPECT_EQ(queue.Pop(), 5);
}

TEST(BoundedQueueTest, CloseDrainsWhatIsLeftThenEnds) {
  BoundedQueue<int> queue(4);
  queue.TryPush(7);
  queue.TryPush(8);
  queue.Close();
  EXPECT_FALSE(queue.TryPush(9));
  EXPECT_EQ(queue.Pop(), 7);
  EXPECT_EQ(queue.Pop(), 8);
  EXPECT_EQ(queue.Pop(), std::nullopt);
}

TEST(BoundedQueueTest, APopWaitingOnAnotherThreadWakesForAPushAndForClose) {
  BoundedQueue<int> queue(2);
  std::optional<int> first, second = 0;
  std::thread consumer([&] {
    first = queue.Pop();
    second = queue.Pop();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_TRUE(queue.TryPush(42));
  queue.Close();
  consumer.join();
  EXPECT_EQ(first, 42);
  EXPECT_EQ(second, std::nullopt);
}

}  // namespace
}  // namespace vc::mcu::recording
