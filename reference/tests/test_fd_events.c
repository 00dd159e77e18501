/* The fd-based objects: memfd_create and MFD_*, eventfd, eventfd_read,
 * eventfd_write and EFD_*, and the Timer File Descriptors (timerfd_*,
 * TFD_*). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include "osref/fd.h"
#include "test_fd.h"

TestSuite(fd_events, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *I(int64_t i) { return osref_int(i); }
static osref_value *F(double f) { return osref_float(f); }

static bool cloexec(int fd) { return fcntl(fd, F_GETFD) & FD_CLOEXEC; }

Test(fd_events, memfd_create_is_an_anonymous_non_inheritable_file)
{
  int fd = (int)fd_call_int("memfd_create", fd_tuple(1, osref_str("osref")), NULL);
  cr_assert(cloexec(fd), "by default, the new file descriptor is non-inheritable");
  char link[64], target[256] = {0};
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  if (readlink(link, target, sizeof target - 1) > 0)
    cr_assert_str_eq(target, "/memfd:osref (deleted)", "the name is shown prefixed with memfd:");
  cr_assert_eq(write(fd, "abc", 3), 3, "it is a file");
  close(fd);
  fd = (int)fd_call_int("memfd_create", fd_tuple(2, osref_bytes("b", 1), I(0)), NULL);
  cr_assert(!cloexec(fd), "flags=0 leaves it inheritable");
  int same = (int)fd_call_int("memfd_create", fd_tuple(1, osref_str("b")),
                              fd_kwargs("flags", I(fd_const("MFD_ALLOW_SEALING")), NULL));
  cr_assert_neq(same, fd, "several files can have the same name");
  cr_assert_eq(fcntl(same, F_ADD_SEALS, F_SEAL_WRITE), 0, "MFD_ALLOW_SEALING allows seals");
  close(fd), close(same);
  fd_call_raises("memfd_create", fd_tuple(1, I(1)), NULL, "TypeError", 0);
  fd_call_raises("memfd_create", fd_tuple(2, osref_str("x"), I(0x7fff0000)), NULL, "OSError", EINVAL);
  cr_assert_eq(fd_const("MFD_CLOEXEC"), MFD_CLOEXEC);
  cr_assert_eq(fd_const("MFD_HUGE_2MB"), 21 << fd_const("MFD_HUGE_SHIFT"));
  cr_assert_eq((fd_const("MFD_HUGE_1GB") >> fd_const("MFD_HUGE_SHIFT")) & ~fd_const("MFD_HUGE_MASK"), 0,
               "a size is log2(bytes) within MFD_HUGE_MASK, shifted by MFD_HUGE_SHIFT");
}

Test(fd_events, eventfd_read_returns_and_resets_the_counter)
{
  int fd = (int)fd_call_int("eventfd", fd_tuple(1, I(3)), NULL);
  cr_assert(cloexec(fd), "by default non-inheritable");
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(4)), NULL);
  cr_assert_eq(fd_call_int("eventfd_read", fd_tuple(1, I(fd)), NULL), 7,
               "the current counter value");
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(1)), NULL);
  cr_assert_eq(fd_call_int("eventfd_read", fd_tuple(1, I(fd)), NULL), 1, "...and reset to zero");
  close(fd);
  fd_call_raises("eventfd_read", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
}

Test(fd_events, eventfd_semaphore_reads_one_at_a_time)
{
  int fd = (int)fd_call_int("eventfd", fd_tuple(2, I(2), I(fd_const("EFD_SEMAPHORE") |
                                                           fd_const("EFD_NONBLOCK"))), NULL);
  cr_assert(!cloexec(fd), "flags are the caller's");
  cr_assert_eq(fd_call_int("eventfd_read", fd_tuple(1, I(fd)), NULL), 1);
  cr_assert_eq(fd_call_int("eventfd_read", fd_tuple(1, I(fd)), NULL), 1);
  fd_call_raises("eventfd_read", fd_tuple(1, I(fd)), NULL, "BlockingIOError", EAGAIN);
  /* The counter holds at most 2**64 - 2 = 2 * INT64_MAX: one more would block. */
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(INT64_MAX)), NULL);
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(INT64_MAX)), NULL);
  fd_call_raises("eventfd_write", fd_tuple(2, I(fd), I(1)), NULL, "BlockingIOError", EAGAIN);
  close(fd);
}

Test(fd_events, eventfd_argument_ranges)
{
  fd_call_raises("eventfd", fd_tuple(1, I(-1)), NULL, "ValueError", 0);
  fd_call_raises("eventfd", fd_tuple(1, I(1LL << 32)), NULL, "OverflowError", 0);
  fd_call_raises("eventfd", fd_tuple(1, F(1.0)), NULL, "TypeError", 0);
  fd_call_raises("eventfd", fd_tuple(2, I(0), I(-1)), NULL, "OSError", EINVAL);
  fd_call_raises("eventfd_write", fd_tuple(2, I(0), I(-1)), NULL, "ValueError", 0);
  int fd = fd_file_with("f", "");
  fd_call_raises("eventfd_read", fd_tuple(1, I(fd)), NULL, "OSError", EINVAL);  /* a short read */
  cr_assert_eq(write(fd, "12345678", 8), 8);
  cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
  cr_assert_eq(fd_call_int("eventfd_read", fd_tuple(1, I(fd)), NULL), 0x3837363534333231,
               "The function does not verify that fd is an eventfd.");
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(1)), NULL);
  close(fd);
  fd = open("/dev/full", O_WRONLY);
  if (fd >= 0) {
    fd_call_raises("eventfd_write", fd_tuple(2, I(fd), I(1)), NULL, "OSError", ENOSPC);
    close(fd);
  }
  cr_assert_eq(fd_const("EFD_CLOEXEC"), EFD_CLOEXEC);
  cr_assert_eq(fd_const("EFD_NONBLOCK"), EFD_NONBLOCK);
}

Test(fd_events, timerfd_fires_once_and_read_counts_expirations)
{
  int fd = (int)fd_call_int("timerfd_create", fd_tuple(1, I(CLOCK_MONOTONIC)), NULL);
  cr_assert(cloexec(fd), "TFD_CLOEXEC is always set");
  osref_error err;
  osref_value *old = fd_call("timerfd_settime", fd_tuple(1, I(fd)),
                             fd_kwargs("initial", F(0.001), NULL), &err);
  cr_assert_not_null(old, "%s", err.message);
  cr_assert_eq(old->u.seq.items[0]->type, OSREF_FLOAT, "the previous state, as floats");
  cr_assert_eq(old->u.seq.items[0]->u.f, 0.0, "the timer was disarmed");
  osref_decref(old);
  osref_value *n = fd_call("read", fd_tuple(2, I(fd), I(8)), NULL, &err);  /* blocks ~1 ms */
  cr_assert_eq(n->u.s.len, 8);
  uint64_t count;
  memcpy(&count, n->u.s.data, 8);
  cr_assert_eq(count, 1, "the number of expirations, in host byte order");
  osref_decref(n);
  osref_value *now = fd_call("timerfd_gettime", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_eq(now->u.seq.items[0]->u.f, 0.0, "an interval of zero fires only once");
  osref_decref(now);
  close(fd);
}

Test(fd_events, timerfd_nonblock_read_raises_eagain_before_expiry)
{
  int fd = (int)fd_call_int("timerfd_create", fd_tuple(1, I(CLOCK_REALTIME)),
                            fd_kwargs("flags", I(fd_const("TFD_NONBLOCK")), NULL));
  fd_call_raises("read", fd_tuple(2, I(fd), I(8)), NULL, "BlockingIOError", EAGAIN);
  osref_error err;
  osref_value *old = fd_call("timerfd_settime_ns", fd_tuple(1, I(fd)),
                             fd_kwargs("initial", I(3600000000000LL), "interval", I(5000000000LL), NULL),
                             &err);
  cr_assert_eq(old->u.seq.items[0]->type, OSREF_INT, "the _ns variant uses ints");
  osref_decref(old);
  osref_value *now = fd_call("timerfd_gettime_ns", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_gt(now->u.seq.items[0]->u.i, 3590000000000LL, "the relative time until the timer fires");
  cr_assert_eq(now->u.seq.items[1]->u.i, 5000000000LL, "the interval");
  osref_decref(now);
  now = fd_call("timerfd_gettime", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_float_eq(now->u.seq.items[1]->u.f, 5.0, 1e-9, "the same timer, in seconds");
  osref_decref(now);
  old = fd_call("timerfd_settime", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_float_eq(old->u.seq.items[1]->u.f, 5.0, 1e-9, "returns the previous state");
  osref_decref(old);
  now = fd_call("timerfd_gettime_ns", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_eq(now->u.seq.items[0]->u.i, 0, "initial=0 disables the timer");
  osref_decref(now);
  close(fd);
}

Test(fd_events, timerfd_abstime_and_errors)
{
  int fd = (int)fd_call_int("timerfd_create", fd_tuple(1, I(CLOCK_MONOTONIC)), NULL);
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  int64_t in_an_hour = ((int64_t)ts.tv_sec + 3600) * 1000000000LL;
  osref_error err;
  osref_value *old = fd_call("timerfd_settime_ns", fd_tuple(1, I(fd)),
                             fd_kwargs("flags", I(fd_const("TFD_TIMER_ABSTIME")), "initial",
                                       I(in_an_hour), NULL), &err);
  osref_decref(old);
  osref_value *now = fd_call("timerfd_gettime", fd_tuple(1, I(fd)), NULL, &err);
  double left = now->u.seq.items[0]->u.f;
  cr_assert(left > 3500 && left <= 3601, "relative even with TFD_TIMER_ABSTIME: %f", left);
  osref_decref(now);
  fd_call_raises("timerfd_settime", fd_tuple(1, I(fd)), fd_kwargs("initial", F(-1.0), NULL),
                 "OSError", EINVAL);
  fd_call_raises("timerfd_settime", fd_tuple(1, I(fd)), fd_kwargs("interval", F(-0.5), NULL),
                 "OSError", EINVAL);
  fd_call_raises("timerfd_settime_ns", fd_tuple(1, I(fd)), fd_kwargs("initial", I(-1), NULL),
                 "OSError", EINVAL);
  fd_call_raises("timerfd_settime", fd_tuple(1, I(fd)), fd_kwargs("initial", F(1e300), NULL),
                 "OverflowError", 0);
  fd_call_raises("timerfd_settime", fd_tuple(2, I(fd), I(0)), NULL, "TypeError", 0);
  fd_call_raises("timerfd_settime", fd_tuple(1, I(fd)), fd_kwargs("initial", osref_str("1"), NULL),
                 "TypeError", 0);
  fd_call_raises("timerfd_create", fd_tuple(1, I(CLOCK_MONOTONIC)), fd_kwargs("flags", I(-1), NULL),
                 "OSError", EINVAL);
  fd_call_raises("timerfd_create", fd_tuple(1, I(12345)), NULL, "OSError", EINVAL);
  fd_call_raises("timerfd_create", fd_tuple(0), fd_kwargs("clockid", I(1), NULL), "TypeError", 0);
  close(fd);
  fd_call_raises("timerfd_gettime", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  fd_call_raises("timerfd_gettime_ns", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  fd_call_raises("timerfd_settime", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  cr_assert_eq(fd_const("TFD_CLOEXEC"), TFD_CLOEXEC);
  cr_assert_eq(fd_const("TFD_TIMER_CANCEL_ON_SET"), TFD_TIMER_CANCEL_ON_SET);
}

Test(fd_events, eventfd_read_beyond_int64_is_an_overflow_of_the_value_model)
{
  int fd = (int)fd_call_int("eventfd", fd_tuple(1, I(0)), NULL);
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(INT64_MAX)), NULL);
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(1)), NULL);
  fd_call_raises("eventfd_read", fd_tuple(1, I(fd)), NULL, "OverflowError", 0);
  osref_error err = {0};
  uint64_t v = 0;
  fd_call_none("eventfd_write", fd_tuple(2, I(fd), I(5)), NULL);
  cr_assert_eq(osref_eventfd_read(fd, &v, &err), 0);
  cr_assert_eq(v, 5, "the typed layer has the full 64 bits");
  close(fd);
}
