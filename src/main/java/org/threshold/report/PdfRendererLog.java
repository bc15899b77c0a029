package org.threshold.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Sends openhtmltopdf's own logging to the application's log at debug level. Left alone it
 * writes timing and font notices to standard error, which would clutter the command line's
 * one-line messages.
 */
final class PdfRendererLog implements XRLogger {
    private static final System.Logger LOG = System.getLogger("org.threshold.report.openhtmltopdf");

    private PdfRendererLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfRendererLog)) {
            XRLog.setLoggerImpl(new PdfRendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        LOG.log(level(level), () -> where + ": " + msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        LOG.log(level(level), where + ": " + msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The application's logging configuration decides what is kept.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isLoggable(level(diagnostic.getLevel()));
    }

    private static System.Logger.Level level(Level level) {
        return level.intValue() >= Level.SEVERE.intValue() ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    }
}
