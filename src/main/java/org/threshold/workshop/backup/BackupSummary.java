package org.threshold.workshop.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup as the Backups screen shows it: when it was taken and what it holds.
 *
 * @param readable false when the file could not be read just now; the counts are then 0
 */
public record BackupSummary(Path file, Instant takenAt, long sessions, long answers, long notes, boolean readable) {
}
