package org.threshold.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Threshold process without a window, for the SIGTERM test: opens the data as the app does,
 * records a workshop, registers the same closing as the app, says it is ready and waits to be ended.
 */
public final class ClosingProbe {
    private ClosingProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicReference<Services> data = new AtomicReference<>(Services.open(Path.of(args[0]), Clock.systemUTC()));
        data.get().examples().create();
        AutoBackups backups = new AutoBackups(() -> data.get().backups());
        new Closing(backups, () -> { }, data::get).onTermination();
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
