package org.threshold.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.threshold.store.AtomicFile;
import org.threshold.store.DataFolder;
import org.threshold.store.Leftovers;

/**
 * A process that dies part way through an export, as a killed or crashed app would: the write
 * goes through the app's own writer with the data folder's record of temporary files, and the
 * process halts (no finally block, no shutdown hook) after the first bytes are on their way.
 * Arguments: data folder, export target.
 */
public final class CrashingExport {
    private CrashingExport() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path target = Path.of(args[1]);
        AtomicFile.forExports(data.resolve("threshold.db"), Leftovers.in(new DataFolder(data))).write(target, out -> {
            out.write("the first half of a summary".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Runtime.getRuntime().halt(137);
        }, true);
    }
}
