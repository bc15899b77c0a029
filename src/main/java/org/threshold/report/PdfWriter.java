package org.threshold.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * Renders the report's HTML to PDF with openhtmltopdf, embedding DejaVu Sans from the
 * application itself, so the file looks the same on every machine and keeps Cyrillic, Greek and
 * most symbols. The renderer may load nothing: no file:, http: or jar: resource is ever
 * fetched, whatever the markup asks for.
 */
public final class PdfWriter {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_FOLDER = "/org/threshold/assets/fonts/";
    private static final System.Logger LOG = System.getLogger(PdfWriter.class.getName());

    private final HtmlWriter html;
    private final Consumer<String> refusedLoad;

    public PdfWriter(HtmlWriter html) {
        this(html, uri -> LOG.log(System.Logger.Level.DEBUG, "The PDF renderer was refused " + uri));
    }

    /** @param refusedLoad told of every resource the renderer asked for and was refused */
    PdfWriter(HtmlWriter html, Consumer<String> refusedLoad) {
        this.html = html;
        this.refusedLoad = refusedLoad;
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        render(html.render(document, true), out);
    }

    void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererLog.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl(this::refuse, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this::refuse, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> {
            refusedLoad.accept(uri);
            return null;
        });
        builder.withDiagnosticConsumer(d -> LOG.log(System.Logger.Level.DEBUG, d::getFormattedMessage));
        builder.withProducer("Threshold");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private boolean refuse(String uri, Object type) {
        refusedLoad.accept(uri);
        return false;
    }

    private static InputStream font(String name) {
        InputStream in = PdfWriter.class.getResourceAsStream(FONT_FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The font " + name + " is missing from the application");
        }
        return in;
    }
}
