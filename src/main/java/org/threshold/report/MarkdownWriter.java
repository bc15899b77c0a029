package org.threshold.report;

import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;

/**
 * Renders a report as Markdown with GitHub-style tables. Every piece of user text is escaped so
 * that it renders as text: raw HTML, links, images, emphasis, headings and list markers typed into
 * a note come out literally. Charts become their numbers; colours are left out.
 */
public final class MarkdownWriter {
    /** Punctuation that starts Markdown syntax; ', " and the like are left alone to keep the file readable. */
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>&~:=";

    public String markdown(ReportDocument document) {
        StringBuilder out = new StringBuilder(32 * 1024);
        blocks(out, document.blocks());
        return out.toString().strip() + "\n";
    }

    private void blocks(StringBuilder out, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof ReportDocument.Heading h) {
                out.append("#".repeat(Math.min(6, h.level()))).append(' ').append(inline(h.text())).append("\n\n");
            } else if (block instanceof ReportDocument.Paragraph p) {
                String text = paragraph(p.text());
                out.append(p.muted() && !text.isEmpty() ? "*" + text + "*" : text).append("\n\n");
            } else if (block instanceof ReportDocument.Facts f) {
                f.facts().forEach(fact -> out.append("- **").append(inline(fact.label())).append(":** ")
                        .append(inline(fact.value())).append('\n'));
                out.append('\n');
            } else if (block instanceof ReportDocument.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(inline(item)).append('\n'));
                out.append('\n');
            } else if (block instanceof ReportDocument.Table t) {
                table(out, t);
            } else if (block instanceof ReportDocument.Section s) {
                blocks(out, s.blocks());
            }
        }
    }

    private void table(StringBuilder out, ReportDocument.Table table) {
        out.append('|');
        table.headers().forEach(h -> out.append(' ').append(inline(h)).append(" |"));
        out.append("\n|");
        for (int i = 0; i < table.headers().size(); i++) {
            boolean numeric = !table.rows().isEmpty() && i < table.rows().get(0).size() && table.rows().get(0).get(i).numeric();
            out.append(numeric ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<Cell> row : table.rows()) {
            out.append('|');
            for (Cell cell : row) {
                String text = inline(cell.text());
                out.append(' ').append(cell.strong() && !text.isEmpty() ? "**" + text + "**" : text).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** Text on one line: a table cell, list item or heading. */
    static String inline(String text) {
        return escape(Texts.xmlSafe(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    /** A paragraph keeps its line breaks as hard breaks; indentation is dropped so no line turns into code. */
    static String paragraph(String text) {
        String[] lines = Texts.xmlSafe(text).strip().split("\\r\\n|\\r|\\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\\\n");
            }
            out.append(escape(stripped));
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\t' ? ' ' : c);
        }
        return out.toString();
    }
}
