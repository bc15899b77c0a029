package org.threshold.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files that are safe to open in a spreadsheet: text cells that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe, as OWASP
 * advises; quoting is left to commons-csv (RFC 4180). Numbers are written as numbers, so a
 * negative change is not mistaken for a formula and mangled. UTF-8 with a byte-order mark, which
 * Excel needs to read anything beyond ASCII correctly.
 */
public final class CsvText {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvText() {
    }

    /** A cell of free text, neutralised. */
    public static String text(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    public static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Rows of cells; the first row is the header. Cells are already made safe by the caller. */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** Builds one row: strings are neutralised as text, numbers written plainly. */
    public static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            if (cell == null) {
                row.add("");
            } else if (cell instanceof Double d) {
                row.add(number(d));
            } else if (cell instanceof Number || cell instanceof Boolean) {
                row.add(String.valueOf(cell));
            } else {
                row.add(text(cell.toString()));
            }
        }
        return row;
    }
}
