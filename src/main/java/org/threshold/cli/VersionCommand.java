package org.threshold.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/** {@code version}: the app's version and the Java it runs on. */
public final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "version                                   print the version";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        if (!args.isEmpty()) {
            throw new CliException("version takes no options");
        }
        out.println("Threshold " + version() + " (Java " + System.getProperty("java.version") + ")");
        return 0;
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("/org/threshold/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
