package org.threshold.store;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file in the backups folder, and when it was taken (from its name, not its file date). */
public record Backup(Path file, Instant takenAt) {
}
