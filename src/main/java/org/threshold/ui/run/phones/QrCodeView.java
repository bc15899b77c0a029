package org.threshold.ui.run.phones;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A QR code drawn module by module, black on white whatever the theme (scanners need the
 * contrast), in whole pixels per module so it stays sharp at any size the projector gives it.
 */
public final class QrCodeView extends Region {
    private final BitMatrix matrix;
    private final Canvas canvas = new Canvas();

    public QrCodeView(String text) {
        this.matrix = encode(text);
        getStyleClass().add("qr-code");
        getChildren().add(canvas);
        setAccessibleText("QR code for " + text);
    }

    /** The modules at one per cell, with the four-module quiet zone scanners need around them. */
    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("An address too long for a QR code: " + text, e);
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double side = Math.min(width, height);
        int modules = matrix.getWidth();
        int cell = Math.max(1, (int) Math.floor(side / modules));
        double size = (double) cell * modules;
        canvas.setWidth(size);
        canvas.setHeight(size);
        canvas.relocate(snappedLeftInset() + (width - size) / 2, snappedTopInset() + (height - size) / 2);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setFill(Color.BLACK);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    g.fillRect((double) x * cell, (double) y * cell, cell, cell);
                }
            }
        }
    }
}
