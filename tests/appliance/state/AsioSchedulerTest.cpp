#include "appliance/state/AsioScheduler.hpp"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>

#include "appliance/state/ReconnectBackoff.hpp"
#include "appliance/state/ScopedTimer.hpp"
#include "tests/appliance/state/FakeScheduler.hpp"

namespace vc::appliance {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(AsioSchedulerTest, RunsTasksInDeadlineOrderAndSkipsCancelled) {
  boost::asio::io_context io;
  AsioScheduler scheduler(io);
  std::vector<int> order;
  const auto start = scheduler.Now();
  scheduler.RunAfter(milliseconds(30), [&] { order.push_back(3); });
  scheduler.RunAfter(milliseconds(10), [&] { order.push_back(1); });
  const auto cancelled = scheduler.RunAfter(milliseconds(20), [&] { order.push_back(2); });
  scheduler.Cancel(cancelled);
  scheduler.Cancel(cancelled);  // twice: ignored
  scheduler.Cancel(12345);      // unknown: ignored
  io.run_for(seconds(10));  // returns as soon as no work is left
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
  EXPECT_GE(scheduler.Now() - start, milliseconds(30));
  EXPECT_EQ(scheduler.pending(), 0u);
}

TEST(AsioSchedulerTest, TaskMayScheduleAndCancel) {
  boost::asio::io_context io;
  AsioScheduler scheduler(io);
  int runs = 0;
  Scheduler::TimerId other = scheduler.RunAfter(milliseconds(50), [&] { runs += 100; });
  scheduler.RunAfter(milliseconds(1), [&] {
    ++runs;
    scheduler.Cancel(other);
    scheduler.RunAfter(milliseconds(1), [&] { ++runs; });
  });
  io.run_for(seconds(10));
  EXPECT_EQ(runs, 2);
}

TEST(AsioSchedulerTest, DestroyedWithPendingTasksRunsNothing) {
  boost::asio::io_context io;
  bool ran = false;
  {
    AsioScheduler scheduler(io);
    scheduler.RunAfter(milliseconds(1), [&] { ran = true; });
  }
  io.run_for(seconds(5));
  EXPECT_FALSE(ran);
}

TEST(AsioSchedulerTest, ScopedTimerRestartsAndCancels) {
  boost::asio::io_context io;
  AsioScheduler scheduler(io);
  int fired = 0;
  ScopedTimer timer(scheduler);
  timer.Start(milliseconds(5), [&] { fired += 10; });
  timer.Start(milliseconds(5), [&] { fired += 1; });  // replaces the first
  EXPECT_TRUE(timer.pending());
  io.run_for(seconds(5));
  EXPECT_EQ(fired, 1);
  EXPECT_FALSE(timer.pending());
  timer.Start(milliseconds(5), [&] { fired += 100; });
  timer.Cancel();
  io.restart();
  io.run_for(seconds(5));
  EXPECT_EQ(fired, 1);
}

TEST(ReconnectBackoffTest, DoublesToTheCapAndResets) {
  ReconnectBackoff backoff(seconds(1), seconds(30));
  std::vector<int64_t> delays;
  for (int i = 0; i < 8; ++i) {
    delays.push_back(std::chrono::duration_cast<seconds>(backoff.Next()).count());
  }
  EXPECT_EQ(delays, (std::vector<int64_t>{1, 2, 4, 8, 16, 30, 30, 30}));
  backoff.Reset();
  EXPECT_EQ(backoff.Next(), seconds(1));
}

TEST(FakeSchedulerTest, AdvancesInOrderWithTiesInScheduleOrder) {
  testing::FakeScheduler scheduler;
  std::vector<int> order;
  const auto t0 = scheduler.Now();
  scheduler.RunAfter(seconds(2), [&] { order.push_back(2); });
  scheduler.RunAfter(seconds(1), [&] { order.push_back(1); });
  scheduler.RunAfter(seconds(1), [&] {
    order.push_back(11);
    EXPECT_EQ(scheduler.Now() - t0, seconds(1));
    scheduler.RunAfter(milliseconds(500), [&] { order.push_back(15); });
  });
  EXPECT_EQ(scheduler.NextDelay(), seconds(1));
  EXPECT_EQ(scheduler.AdvanceBy(seconds(2)), 4);
  EXPECT_EQ(order, (std::vector<int>{1, 11, 15, 2}));
  EXPECT_EQ(scheduler.Now() - t0, seconds(2));
}

}  // namespace
}  // namespace vc::appliance
