package org.threshold.room;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.threshold.domain.AgendaItemKind;
import org.threshold.store.ChildJvm;
import org.threshold.store.Database;

/**
 * The app's side of the kill -9 test in a JVM of its own: the real store and phone server on
 * loopback, at a scenario stage, until the test kills it. Its lines on standard output are the
 * protocol with the test, not logging.
 */
public final class RoomChild {
    /** Many phones share one address here, and time runs: the budgets are wide so only the kill stops answers. */
    static final RoomLimits WIDE = new RoomLimits(4096, new RoomLimits.Budget(1_000_000, 1_000_000),
            new RoomLimits.Budget(5, 1), new RoomLimits.Budget(1_000_000, 1_000_000), 1000, System::nanoTime, Set.of());

    private RoomChild() {
    }

    /** Arguments: the data folder, the port (0 for any), the session to resume or "-", the native library folder. */
    public static void main(String[] args) throws InterruptedException {
        ChildJvm.exitWhenTheTestGoesAway();
        PrintStream out = System.out;
        Database.extractNativeLibraryInto(Path.of(args[3]));
        Long session = args[2].equals("-") ? null : Long.valueOf(args[2]);
        RoomFixture room = new RoomFixture(Path.of(args[0]), WIDE, Integer.parseInt(args[1]), session);
        if (session == null) {
            room.goTo(AgendaItemKind.SCENARIO);
        }
        out.println("READY " + room.server.port() + " " + room.sessionId + " " + room.code() + " "
                + PhoneAnsweringTest.id(room));
        out.flush();
        new CountDownLatch(1).await();
    }
}
