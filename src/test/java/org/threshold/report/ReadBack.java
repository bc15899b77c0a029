package org.threshold.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads exports back with real readers, as the person receiving them would. */
public final class ReadBack {
    private ReadBack() {
    }

    public static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    public static String docxText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    public static Document html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The Markdown rendered to HTML by commonmark, then parsed as a browser would. */
    public static Document markdown(Path file) throws IOException {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(
                Files.readString(file, StandardCharsets.UTF_8)));
        return Jsoup.parse(html);
    }

    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (reader.read() != '\uFEFF') {
                throw new AssertionError("no byte-order mark in " + file);
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords().stream().collect(Collectors.toList());
        }
    }

    /** Whitespace collapsed, since PDF text extraction breaks lines where the layout did. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
