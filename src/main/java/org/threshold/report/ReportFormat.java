package org.threshold.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats; CSV is a folder of data files with a data dictionary. */
public enum ReportFormat {
    PDF("pdf", "PDF document"),
    DOCX("docx", "Word document"),
    HTML("html", "Web page"),
    MD("md", "Markdown"),
    CSV("csv", "CSV data files");

    private final String extension;
    private final String label;

    ReportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** True when the export is a folder of files rather than one file. */
    public boolean isFolder() {
        return this == CSV;
    }

    public static Optional<ReportFormat> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)
                || (f == MD && wanted.equals("markdown"))).findFirst();
    }
}
