package org.threshold.cli;

/** The start-up measurement's output: the milliseconds from JVM start to the first frame, alone on the last line. */
public final class StartupReport {
    private StartupReport() {
    }

    public static void print(long millis) {
        System.out.println(millis);
        System.out.flush();
    }
}
