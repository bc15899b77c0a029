package org.threshold.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackupsTest {
    @TempDir
    Path dir;

    @Test
    void closingTheAppTakesAVerifiedBackupOfWhatChangedBeforeTheDatabaseCloses() {
        try (Services services = Services.open(dir.resolve("threshold.db"), Clock.systemUTC())) {
            services.examples().create();
            assertTrue(services.backups().list().isEmpty());
            AutoBackups backups = new AutoBackups(services::backups);
            backups.sessionClosed();
            // close() waits for the backups already asked for, so what follows sees them finished.
            backups.close();
            assertEquals(1, services.backups().list().size(), "one backup: nothing changed between the two requests");
        }
    }
}
