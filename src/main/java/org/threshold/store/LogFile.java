package org.threshold.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Threshold's log: one file in the data folder's {@code logs/}, rotated through {@value #FILES}
 * files of at most {@value #LIMIT_BYTES} bytes each, so it can never fill the disk. Everything
 * the app logs through System.Logger (and the libraries through SLF4J, routed there) lands in it,
 * and nothing reaches standard error, where it would break the command line's one-line messages.
 * What is logged is the app's own words, file names and error details: never participants'
 * answers, notes or comments, which no log call is given.
 */
public final class LogFile {
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;
    /** Where the log is written, for messages that send the facilitator to it; unset when there is none. */
    public static final String PATH_PROPERTY = "threshold.log.file";
    private static final int TAIL_BYTES = 64 * 1024;

    private LogFile() {
    }

    /** The log's folder in the data folder. */
    public static Path folder(DataFolder data) {
        return data.path().resolve("logs");
    }

    /**
     * Sends the app's logging to the log file, from now on. Without a usable folder the app logs
     * nowhere rather than fail to start.
     */
    public static void install(DataFolder data) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        root.setLevel(Level.INFO);
        Path folder = folder(data);
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("threshold-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new Lines());
            root.addHandler(file);
            System.setProperty(PATH_PROPERTY, folder.resolve("threshold-0.log").toString());
        } catch (IOException | RuntimeException e) {
            System.clearProperty(PATH_PROPERTY);
        }
    }

    /** The log file in use, if any. */
    public static Optional<Path> current() {
        return Optional.ofNullable(System.getProperty(PATH_PROPERTY)).map(Path::of);
    }

    /** The end of the log, for reading on screen: whole lines only, the newest last. */
    public static String tail(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return start == 0 ? text : text.substring(text.indexOf('\n') + 1);
        }
    }

    /**
     * One line per record (time, level, where, message), then the exception's trace, if any. An
     * exception from a library keeps its class and frames but not its message, which may quote
     * the file being read: an archive's note, a pack's text. Threshold's own messages, and those
     * of the file system and the database engine, name files and codes, never what is in them.
     */
    static final class Lines extends Formatter {
        private static final List<String> SAYS_ONLY_WHERE = List.of("org.threshold.", "java.io.", "java.nio.",
                "java.sql.", "org.sqlite.");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder().append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            Throwable thrown = record.getThrown();
            for (int depth = 0; thrown != null && depth < 10; depth++, thrown = thrown.getCause()) {
                line.append(depth == 0 ? "" : "Caused by: ").append(header(thrown)).append(System.lineSeparator());
                for (StackTraceElement frame : thrown.getStackTrace()) {
                    line.append("\tat ").append(frame).append(System.lineSeparator());
                }
            }
            return line.toString();
        }

        static String header(Throwable thrown) {
            String type = thrown.getClass().getName();
            boolean safe = SAYS_ONLY_WHERE.stream().anyMatch(type::startsWith);
            return safe && thrown.getMessage() != null ? type + ": " + thrown.getMessage() : type;
        }
    }
}
