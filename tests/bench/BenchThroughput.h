#pragma once

// Shared by the throughput benchmarks: best-of-N MB/s by wall clock and by this thread's CPU time
// (the latter stays meaningful when the machine is shared).
#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace rl::bench {

inline double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Runs `step` `runs` times over `bytes` of input and prints the best MB/s; `step` returns a count that
// is printed (as a per-run average) so the work cannot be optimised away.
inline void reportThroughput(const char *what, qsizetype bytes, int runs, const std::function<qsizetype()> &step,
                             const char *countName = "items")
{
    double bestWall = 0, bestCpu = 0;
    qsizetype sink = 0;
    const double mb = double(bytes) / (1024.0 * 1024.0);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        sink += step();
        const double cpu = threadCpuSeconds() - cpu0;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        bestWall = std::max(bestWall, mb / wall);
        bestCpu = std::max(bestCpu, mb / cpu);
    }
    std::printf("%-36s %8.1f MB/s wall %8.1f MB/s cpu   (%.1f MB, %lld %s)\n", what, bestWall, bestCpu, mb,
                static_cast<long long>(sink / runs), countName);
}

} // namespace rl::bench
