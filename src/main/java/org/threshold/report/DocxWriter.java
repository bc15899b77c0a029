package org.threshold.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.threshold.report.ReportDocument.Block;
import org.threshold.report.ReportDocument.Cell;

/**
 * Renders a report as a Word document with real heading styles (so the navigation pane and a
 * table of contents work) and ordinary tables the reader can edit. Chart cells keep their
 * colour as cell shading beside the words that carry the meaning.
 */
public final class DocxWriter {
    private static final String TEXT_GREY = "4D4D4D";
    private static final String HEADING_BLUE = "0B3D66";

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            addHeadingStyle(styles, 1, 22);
            addHeadingStyle(styles, 2, 16);
            addHeadingStyle(styles, 3, 12);
            doc.getProperties().getCoreProperties().setTitle(Texts.xmlSafe(document.title()));
            doc.getProperties().getCoreProperties().setCreator("Threshold");
            blocks(doc, document.blocks(), false);
            doc.write(out);
        }
    }

    private void blocks(XWPFDocument doc, List<Block> blocks, boolean newPage) {
        boolean pageBreak = newPage;
        for (Block block : blocks) {
            if (block instanceof ReportDocument.Section s) {
                blocks(doc, s.blocks(), pageBreak || s.flow() == ReportDocument.Flow.NEW_PAGE);
                pageBreak = false;
                continue;
            }
            if (block instanceof ReportDocument.Heading h) {
                XWPFParagraph p = doc.createParagraph();
                // Word's own heading style, so the reader gets real headings to navigate and restyle.
                p.setStyle("Heading" + Math.min(3, h.level()));
                p.setPageBreak(pageBreak);
                text(p.createRun(), h.text());
            } else if (block instanceof ReportDocument.Paragraph para) {
                XWPFParagraph p = doc.createParagraph();
                p.setPageBreak(pageBreak);
                XWPFRun run = p.createRun();
                if (para.muted()) {
                    run.setColor(TEXT_GREY);
                    run.setFontSize(9);
                }
                text(run, para.text());
            } else if (block instanceof ReportDocument.Facts f) {
                for (ReportDocument.Fact fact : f.facts()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingAfter(40);
                    XWPFRun label = p.createRun();
                    label.setBold(true);
                    label.setColor(TEXT_GREY);
                    text(label, fact.label() + ": ");
                    text(p.createRun(), fact.value());
                }
            } else if (block instanceof ReportDocument.Bullets b) {
                for (String item : b.items()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(240);
                    p.setSpacingAfter(60);
                    text(p.createRun(), "\u2022\t" + item);
                }
            } else if (block instanceof ReportDocument.Table t) {
                table(doc, t);
            }
            pageBreak = false;
        }
    }

    private void table(XWPFDocument doc, ReportDocument.Table table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
        t.setWidth("100%");
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, HEADING_BLUE);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8C8C8");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8C8C8");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.headers().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("E8EEF4");
            XWPFRun run = firstRun(cell);
            run.setBold(true);
            run.setFontSize(9);
            text(run, table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size() && c < table.headers().size(); c++) {
                Cell source = cells.get(c);
                XWPFTableCell cell = row.getCell(c);
                if (source.tone() != null && source.bar() == null) {
                    cell.setColor(source.tone().hex());
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                if (source.numeric()) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                XWPFRun run = firstRun(cell);
                run.setFontSize(9);
                run.setBold(source.strong());
                text(run, source.text());
            }
        }
        doc.createParagraph();
    }

    private static XWPFRun firstRun(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        return p.createRun();
    }

    /** Writes text with its line breaks kept, after removing what the XML of a .docx cannot hold. */
    private static void text(XWPFRun run, String value) {
        String[] lines = Texts.xmlSafe(value).split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void addHeadingStyle(XWPFStyles styles, int level, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        style.getPPr().addNewKeepNext();
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
        CTRPr font = style.addNewRPr();
        font.addNewB();
        font.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        font.addNewColor().setVal(level == 3 ? "1A1A1A" : HEADING_BLUE);
        styles.addStyle(new XWPFStyle(style));
    }
}
