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

    /** A session summary in any format with every word in one file, or for CSV a folder of files. */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target) throws IOException {
        return write(summary, format, target, ReportDetail.COMPLETE);
    }

    /**
     * A session summary: for {@link ReportDetail#SUMMARY} with any reasons or notes, the appendix
     * holding them in full is written beside it ({@link #appendixFor}) and listed second.
     */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target, ReportDetail detail)
            throws IOException {
        if (format == ReportFormat.CSV) {
            return new SummaryCsv(files).write(summary, target);
        }
        if (detail == ReportDetail.COMPLETE || !SummaryLayout.hasFreeText(summary)) {
            return List.of(write(SummaryLayout.layout(summary, detail, ""), format, target));
        }
        Path appendix = appendixFor(target, format);
        write(SummaryLayout.layout(summary, detail, appendix.getFileName().toString()), format, target);
        write(AppendixLayout.layout(summary), appendixFormat(format), appendix);
        return List.of(target, appendix);
    }

    /**
     * Beside the summary, named after it. A web page for the paged formats: quick to write at any
     * length, opened by every browser and by Word, and searchable; Markdown stays Markdown.
     */
    public static Path appendixFor(Path summary, ReportFormat format) {
        String name = summary.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return summary.resolveSibling(stem + "-appendix." + appendixFormat(format).extension());
    }

    private static ReportFormat appendixFormat(ReportFormat format) {
        return format == ReportFormat.MD ? ReportFormat.MD : ReportFormat.HTML;
    }
}
