package org.threshold.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes a laid-out report in any document format through the safe file writer. */
public final class ReportFiles {
    private final SafeFileWriter files;
    private final HtmlWriter html = new HtmlWriter();

    public ReportFiles(SafeFileWriter files) {
        this.files = files;
    }

    /** Writes one file; CSV is not a document format and goes through {@link SummaryCsv} instead. */
    public Path write(ReportDocument document, ReportFormat format, Path target) throws IOException {
        switch (format) {
            case PDF -> files.write(target, out -> new PdfWriter(html).write(document, out));
            case DOCX -> files.write(target, out -> new DocxWriter().write(document, out));
            case HTML -> files.write(target, out -> out.write(html.html(document).getBytes(StandardCharsets.UTF_8)));
            case MD -> files.write(target, out -> out.write(new MarkdownWriter().markdown(document)
                    .getBytes(StandardCharsets.UTF_8)));
            case CSV -> throw new IllegalArgumentException("CSV is written as a folder of data files");
        }
        return target;
    }

    /** A session summary in any format: one file, or for CSV a folder of files. */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target) throws IOException {
        if (format == ReportFormat.CSV) {
            return new SummaryCsv(files).write(summary, target);
        }
        return List.of(write(SummaryLayout.layout(summary), format, target));
    }
}
