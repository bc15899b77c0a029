package org.threshold.report;

import java.util.List;

/**
 * A report laid out as headings, paragraphs, tables and charts, independent of any file format.
 * Summaries and comparisons are laid out once into this; each writer renders it its own way, so
 * a new format costs one writer and a new section costs one layout.
 */
public record ReportDocument(String title, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of the document. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table, Bullets, Section {
    }

    /** Level 1 is the document title, 2 a part (each starts a new page in the PDF), 3 within a part. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text, boolean muted) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, true);
        }
    }

    /** Label and value pairs, such as the cover's date and venue. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /**
     * A table; with {@code chart} set it is drawn as a chart where the format can (coloured cells
     * and bars), but its text always carries the meaning, so it reads the same in plain formats.
     */
    public record Table(String caption, List<String> headers, List<List<Cell>> rows, boolean chart,
                        List<Integer> widths) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }

        public Table(String caption, List<String> headers, List<List<Cell>> rows, boolean chart) {
            this(caption, headers, rows, chart, List.of());
        }

        /** The same table with column widths in percent, one per header, as a hint to page layouts. */
        public Table widths(Integer... percents) {
            return new Table(caption, headers, rows, chart, List.of(percents));
        }
    }

    /**
     * A table cell.
     *
     * @param tone     a colour meaning (see {@link Tone}), or null
     * @param bar      0..1: draw a bar of that length under the text, or null
     * @param numeric  right-aligned
     */
    public record Cell(String text, Tone tone, Double bar, boolean numeric, boolean strong) {
        public static Cell text(String text) {
            return new Cell(text, null, null, false, false);
        }

        public static Cell strong(String text) {
            return new Cell(text, null, null, false, true);
        }

        public static Cell number(String text) {
            return new Cell(text, null, null, true, false);
        }

        public static Cell toned(String text, Tone tone) {
            return new Cell(text, tone, null, false, false);
        }

        public static Cell bar(String text, Tone tone, double fraction) {
            return new Cell(text, tone, Math.max(0, Math.min(1, fraction)), true, false);
        }
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A run of blocks that may start a new page (a part of the report), or that should be kept
     * on one page where it fits (a stage's heading with its table).
     */
    public record Section(List<Block> blocks, Flow flow) implements Block {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public static Section part(List<Block> blocks) {
            return new Section(blocks, Flow.NEW_PAGE);
        }

        public static Section together(List<Block> blocks) {
            return new Section(blocks, Flow.KEEP_TOGETHER);
        }

        public static Section plain(List<Block> blocks) {
            return new Section(blocks, Flow.CONTINUE);
        }
    }

    /** How a section sits on the pages of a paged format; flowing formats ignore it. */
    public enum Flow {
        CONTINUE,
        NEW_PAGE,
        KEEP_TOGETHER
    }

    /**
     * Colour meanings, drawn from the Okabe-Ito palette, which stays distinct for the common
     * forms of colour blindness. Never the only carrier of meaning: cells always say it in words.
     */
    public enum Tone {
        SHARE("009E73"),
        SEEK_ADVICE("56B4E9"),
        SEEK_CONSENT("F0E442"),
        WITHHOLD("D55E00"),
        UNKNOWN("BBBBBB"),
        UP("0072B2"),
        DOWN("D55E00"),
        NEUTRAL("999999");

        private final String hex;

        Tone(String hex) {
            this.hex = hex;
        }

        /** RGB as six hex digits, without '#'. */
        public String hex() {
            return hex;
        }

        public String cssClass() {
            return "t-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
