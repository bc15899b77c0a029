package org.threshold.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.threshold.store.AtomicFile;

/** Writes a laid-out report in any document format through the one atomic file writer. */
public final class ReportFiles {
    private final AtomicFile files;
    private final boolean mayReplace;
    private final HtmlWriter html = new HtmlWriter();
    /** The appendix's opening words come before this many bytes in every format it is written in. */
    private static final int APPENDIX_MARK_WITHIN = 16 * 1024;

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

    /** A session summary in any format with every word in one file, or for CSV a folder of files written as one. */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target) {
        return write(summary, format, target, ReportDetail.COMPLETE);
    }

    /**
     * A session summary: for {@link ReportDetail#SUMMARY} with any reasons or notes, the appendix
     * holding them in full is written beside it ({@link #appendixFor}) and listed second.
     */
    public List<Path> write(SessionSummary summary, ReportFormat format, Path target, ReportDetail detail) {
        if (format == ReportFormat.CSV) {
            return files.writeFolder(target, folder -> SummaryCsv.writeInto(folder, summary), mayReplace);
        }
        Optional<Path> appendixNeeded = appendixNeeded(summary, format, target, detail);
        if (appendixNeeded.isEmpty()) {
            return List.of(write(SummaryLayout.layout(summary, detail, ""), format, target));
        }
        Path appendix = appendixNeeded.get();
        // Both places are checked before either is written, so a refused appendix leaves no summary naming it.
        boolean replaceAppendix = checkAppendix(appendix);
        write(SummaryLayout.layout(summary, detail, appendix.getFileName().toString()), format, target);
        new ReportFiles(files, replaceAppendix).write(AppendixLayout.layout(summary), appendixFormat(format), appendix);
        return List.of(target, appendix);
    }

    /**
     * Whether the appendix may be written, and so replace what is there: where the summary may replace,
     * or over an appendix Threshold wrote (the PDF and the Word summary of a day share one, so saving
     * both asks nothing more). Anything else already there is replaced only when agreed.
     *
     * @return whether writing the appendix replaces a file
     * @throws org.threshold.store.StoreException as {@link AtomicFile#check} does
     */
    public boolean checkAppendix(Path appendix) {
        boolean replaces = files.check(appendix, false, true).replacesSomething();
        boolean agreed = mayReplace || replaces && isThresholdAppendix(appendix);
        files.check(appendix, false, agreed);
        return replaces;
    }

    /** Only an ordinary file reaches here ({@link AtomicFile#check} refuses the rest), so reading cannot hang. */
    private static boolean isThresholdAppendix(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            String start = new String(in.readNBytes(APPENDIX_MARK_WITHIN), StandardCharsets.UTF_8);
            return start.contains(AppendixLayout.MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /** The appendix that writing {@code summary} to {@code target} puts beside it, if any. */
    public static Optional<Path> appendixNeeded(SessionSummary summary, ReportFormat format, Path target,
                                                ReportDetail detail) {
        boolean needed = format != ReportFormat.CSV && detail == ReportDetail.SUMMARY && SummaryLayout.hasFreeText(summary);
        return needed ? Optional.of(appendixFor(target, format)) : Optional.empty();
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

    /** A comparison in any format; as CSV, one file per table and a data dictionary. */
    public List<Path> write(ComparisonSummary comparison, ReportFormat format, Path target) {
        if (format == ReportFormat.CSV) {
            return files.writeFolder(target, folder -> ComparisonCsv.writeInto(folder, comparison), mayReplace);
        }
        return List.of(write(ComparisonLayout.layout(comparison), format, target));
    }
}
