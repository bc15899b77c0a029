package org.threshold.hostile;

import java.nio.file.Path;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.slf4j.LoggerFactory;
import org.threshold.store.DataFolder;
import org.threshold.store.LogFile;

/**
 * A process that logs the way Threshold and its libraries do, after the log is set up as Main
 * sets it up: through System.Logger (the app), SLF4J, Log4j API (the Word writer) and
 * commons-logging (PDFBox). Logs enough first to make the file rotate. Argument: data folder.
 */
public final class LoggingProbe {
    private LoggingProbe() {
    }

    public static void main(String[] args) {
        LogFile.install(new DataFolder(Path.of(args[0])));
        System.Logger app = System.getLogger("org.threshold.probe");
        String filler = "x".repeat(1000);
        for (int i = 0; i < 3500; i++) {
            app.log(System.Logger.Level.INFO, "filler " + i + " " + filler);
        }
        app.log(System.Logger.Level.WARNING, "probe through System.Logger");
        LoggerFactory.getLogger("probe.slf4j").warn("probe through SLF4J");
        LogManager.getLogger("probe.log4j").error("probe through Log4j API");
        LogFactory.getLog("probe.jcl").warn("probe through commons-logging");
        app.log(System.Logger.Level.DEBUG, "probe below the level kept");
    }
}
