package org.threshold.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.cli.Command;
import org.threshold.store.AtomicFile;
import org.threshold.store.Leftovers;
import org.threshold.store.LogFile;
import org.threshold.store.StoreException;
import org.threshold.ui.common.Problems;

/**
 * Every failure is one plain line. A save refused by the file system names
 * the file the facilitator chose and the reason in words (root, as the tests run, may write
 * anywhere, so the refusal is the one the file system gives a user who may not); a fault names
 * no class and says where the log is; a library's own words never reach the screen.
 */
class PlainMessagesTest {
    @TempDir
    Path dir;

    @AfterEach
    void noLog() {
        System.clearProperty(LogFile.PATH_PROPERTY);
    }

    @Test
    void aSaveTheFileSystemRefusesNamesTheChosenFileAndSaysPermissionDenied() throws Exception {
        Path target = Files.writeString(dir.resolve("summary.pdf"), "old");
        AtomicFile files = AtomicFile.forExports(dir.resolve("threshold.db"), Leftovers.none());
        StoreException e = assertThrows(StoreException.class, () -> files.write(target, out -> {
            throw new AccessDeniedException(dir.resolve(".summary.pdf.threshold-0a1b2c3d.tmp").toString());
        }, true));
        assertEquals("Threshold could not save summary.pdf in " + dir + " (permission denied). Any file that was there "
                + "before is unchanged. Choose a folder you may save to.", e.getMessage());
    }

    @Test
    void aFaultOnTheCommandLineIsOneLineWithNoClassNameAndNamesTheLog() {
        System.setProperty(LogFile.PATH_PROPERTY, "/home/facilitator/.local/share/threshold/logs/threshold-0.log");
        CommandRun run = CommandRun.of(new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String usage() {
                return "broken";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                throw new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null");
            }
        });
        assertEquals(1, run.exit());
        assertEquals(List.of("Threshold could not finish the command because of an unexpected fault. Details are in "
                + "/home/facilitator/.local/share/threshold/logs/threshold-0.log."), run.errLines());
    }

    @Test
    void aLibrarysOwnWordsNeverReachTheScreen() {
        System.setProperty(LogFile.PATH_PROPERTY, "/data/logs/threshold-0.log");
        String generic = "Something went wrong and the last action did not finish. Nothing saved before it was lost. "
                + "Details are in /data/logs/threshold-0.log.";
        assertEquals(generic, Problems.describe(new NullPointerException()));
        assertEquals(generic, Problems.describe(libraryFailure()));
        assertEquals("The disk is full.", Problems.describe(new StoreException(
                org.threshold.store.StoreProblem.DISK_FULL, "The disk is full.")));
    }

    /** An IllegalArgumentException thrown inside a library, as Jackson or JavaFX throw them. */
    private static IllegalArgumentException libraryFailure() {
        try {
            java.util.UUID.fromString("not a uuid, and a participant's words");
            throw new AssertionError("unreachable");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }
}
