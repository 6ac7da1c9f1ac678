package io.loclint.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Bounds the analysis of a whole run: each file's parse has its own budget, but a tree of many slow files would
 * add them up without end. When the budget is spent the run stops with one line and exit code 3, before any
 * report is written (a partial report would read as a clean one); a {@code --rev} export is deleted on the way out.
 */
final class TimeBudget implements AutoCloseable {
    static final Duration DEFAULT = Duration.ofMinutes(10);

    private final Thread watchdog;

    private TimeBudget(Thread watchdog) {
        this.watchdog = watchdog;
    }

    static TimeBudget start(Duration budget, PrintWriter err) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(budget.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println("loclint: the check took longer than its time budget of " + budget.toSeconds()
                    + " s (--time-budget); nothing was reported");
            err.flush();
            System.exit(ExitCodes.INTERNAL);
        }, "loclint-time-budget");
        watchdog.setDaemon(true);
        watchdog.start();
        return new TimeBudget(watchdog);
    }

    @Override
    public void close() {
        watchdog.interrupt();
    }
}
