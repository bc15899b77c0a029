package org.threshold.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;

/**
 * Renders a report as one self-contained XHTML page: inline CSS, every piece of text escaped,
 * and a Content-Security-Policy that allows nothing but that stylesheet, so even a page edited
 * afterwards cannot run script or fetch anything. Well-formed XML on purpose: the PDF writer
 * renders this same markup.
 */
public final class HtmlWriter {
    private final String css;
    private final String screenCss;
    private final String printCss;

    public HtmlWriter() {
        this.css = resource("report.css") + widthClasses();
        this.screenCss = resource("report-screen.css");
        this.printCss = resource("report-print.css");
    }

    public String html(ReportDocument document) {
        return render(document, false);
    }

    String render(ReportDocument document, boolean forPdf) {
        String style = css + (forPdf ? printCss : screenCss);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(sha256(style)).append("'; img-src 'none'; base-uri 'none'; form-action 'none'\" />\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>").append(style).append("</style>\n</head>\n<body>\n");
        if (forPdf) {
            out.append("<div class=\"footer\">").append(escape(document.title())).append("</div>\n");
        }
        blocks(out, document.blocks());
        return out.append("</body>\n</html>\n").toString();
    }

    private void blocks(StringBuilder out, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof ReportDocument.Heading h) {
                out.append("<h").append(h.level()).append('>').append(text(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof ReportDocument.Paragraph p) {
                out.append(p.muted() ? "<p class=\"muted\">" : "<p>").append(text(p.text())).append("</p>\n");
            } else if (block instanceof ReportDocument.Facts f) {
                out.append("<table class=\"facts\">\n<tbody>\n");
                f.facts().forEach(fact -> out.append("<tr><th scope=\"row\">").append(text(fact.label()))
                        .append("</th><td>").append(text(fact.value())).append("</td></tr>\n"));
                out.append("</tbody>\n</table>\n");
            } else if (block instanceof ReportDocument.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(text(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof ReportDocument.Table t) {
                table(out, t);
            } else if (block instanceof ReportDocument.Section s) {
                String cls = switch (s.flow()) {
                    case NEW_PAGE -> "part";
                    case KEEP_TOGETHER -> "keep";
                    case CONTINUE -> "plain";
                };
                out.append("<section class=\"").append(cls).append("\">\n");
                blocks(out, s.blocks());
                out.append("</section>\n");
            }
        }
    }

    private void table(StringBuilder out, ReportDocument.Table table) {
        String cls = table.chart() ? "chart" : "data";
        out.append("<table class=\"").append(cls).append("\" aria-label=\"").append(escape(table.caption()))
                .append("\">\n<thead><tr>");
        for (int i = 0; i < table.headers().size(); i++) {
            boolean numeric = !table.rows().isEmpty() && i < table.rows().get(0).size() && table.rows().get(0).get(i).numeric();
            String headerClass = (numeric ? "num" : "") + (i < table.widths().size() ? " w" + table.widths().get(i) : "");
            out.append(headerClass.isBlank() ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"" + headerClass.strip() + "\">")
                    .append(text(table.headers().get(i))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> cell(out, cell));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void cell(StringBuilder out, Cell cell) {
        StringBuilder cls = new StringBuilder();
        if (cell.numeric()) {
            cls.append(" num");
        }
        if (cell.strong()) {
            cls.append(" strong");
        }
        if (cell.tone() != null && cell.bar() == null) {
            cls.append(" tone ").append(cell.tone().cssClass());
        }
        out.append(cls.length() == 0 ? "<td>" : "<td class=\"" + cls.substring(1) + "\">").append(text(cell.text()));
        if (cell.bar() != null) {
            String tone = cell.tone() == null ? ReportDocument.Tone.NEUTRAL.cssClass() : cell.tone().cssClass();
            out.append("<div class=\"bar\"><div class=\"fill ").append(tone).append(" w")
                    .append(Math.round(cell.bar() * 100)).append("\"></div></div>");
        }
        out.append("</td>");
    }

    /** Escaped text with its line breaks kept. */
    private static String text(String value) {
        return escape(value).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br />");
    }

    /** Escapes the five XML specials, after removing what XML cannot hold at all. */
    public static String escape(String value) {
        String safe = Texts.xmlSafe(value);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Bar lengths as classes (.w0 to .w100) rather than style attributes, so the policy can
     * allow the one stylesheet by its hash and still refuse every inline style.
     */
    private static String widthClasses() {
        StringBuilder classes = new StringBuilder("\n");
        for (int i = 0; i <= 100; i++) {
            classes.append(".w").append(i).append("{width:").append(i).append("%}");
        }
        return classes.append('\n').toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report stylesheet " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
