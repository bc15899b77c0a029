package org.threshold.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Closing the app's worker pool: work already asked for finishes before the data it writes to is
 * closed, and work asked for afterwards (a window hidden as the app exits) is a failure its caller
 * hears about, never an exception thrown on the JavaFX thread.
 */
class FxTaskExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void closeWaitsForTheWorkAlreadyAskedFor() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch closeReturned = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        tasks.run(() -> {
            // A close that did not wait would return first; one that waits never does, and the work goes on.
            closeReturned.await(2, TimeUnit.SECONDS);
            order.add("the projector window's place saved");
            return null;
        }, result -> { }, failure -> { });

        tasks.close();
        order.add("close returned");
        closeReturned.countDown();

        assertEquals(List.of("the projector window's place saved", "close returned"), order);
    }

    @Test
    void workAskedForAfterCloseIsAFailureForItsCallerNotAThrow() {
        FxTaskExecutor tasks = new FxTaskExecutor();
        tasks.close();
        List<Throwable> failures = new ArrayList<>();

        tasks.run(() -> "never run", result -> { }, failures::add);

        assertEquals(1, failures.size());
        assertEquals("Threshold is closing, so this was not done", failures.get(0).getMessage());
    }
}
