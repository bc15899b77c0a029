package org.threshold.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.threshold.store.AtomicFile;

/** Writes a laid-out report in any document format through the one atomic file writer. */
public final class ReportFiles {
    private final AtomicFile files;
    private final boolean mayReplace;
    private final HtmlWriter html = new HtmlWriter();

    /** @param mayReplace whether a file (or earlier CSV export) already at the destination may be replaced */
    public ReportFiles(AtomicFile files, boolean mayReplace) {
        this.files = files;
        this.mayReplace = mayReplace;
    }

    /** Writes one file; CSV is not a document format and goes through {@link SummaryCsv} instead. */
    public Path write(ReportDocument document, ReportFormat format, Path target) {
        return switch (format) {
            case PDF -> files.write(target, out -> new PdfWriter(html).write(document, out), mayReplace);
            case DOCX -> files.write(target, out -> new DocxWriter().write(document, out), mayReplace);
            case HTML -> files.write(target, out -> out.write(html.html(document).getBytes(StandardCharsets.UTF_8)),
                    mayReplace);
            case MD -> files.write(target, out -> out.write(new MarkdownWriter().markdown(document)
                    .getBytes(StandardCharsets.UTF_8)), mayReplace);
            case CSV -> throw new IllegalArgumentException("CSV is written as a folder of data files");
        };
    }

    /** A session summary in any format: one file, or for CSV a folder of files written as one. */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target) {
        if (format == ReportFormat.CSV) {
            return files.writeFolder(target, folder -> SummaryCsv.writeInto(folder, summary), mayReplace);
        }
        return List.of(write(SummaryLayout.layout(summary), format, target));
    }

    /** A comparison in any format; as CSV, one file per table and a data dictionary. */
    public List<Path> write(ComparisonSummary comparison, ReportFormat format, Path target) {
        if (format == ReportFormat.CSV) {
            return files.writeFolder(target, folder -> ComparisonCsv.writeInto(folder, comparison), mayReplace);
        }
        return List.of(write(ComparisonLayout.layout(comparison), format, target));
    }
}
