package org.threshold.ui.run.phones;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItemKind;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.run.RunState;

/**
 * What the projector adds for phones: on the welcome slide, the QR code, the short address and
 * the join code in large type; on every slide that takes answers, a small corner badge with the
 * address and code; on an open question, the approved answers as a word cloud and a list.
 */
public final class RoomOnScreen {
    private RoomOnScreen() {
    }

    /** The slide as drawn, with the phones' additions when phones are on. */
    public static Node decorate(Node slide, RunState state, PhonesViewModel phones) {
        Node shown = state.item().kind() == AgendaItemKind.OPEN_QUESTION ? OpenAnswersSlide.of(state, phones) : slide;
        if (!phones.onProperty().get() || state.item().kind() != AgendaItemKind.WELCOME) {
            return shown;
        }
        String code = phones.joinCodeProperty().get();
        Label title = label("Answer on your phone", "room-join-title");
        QrCodeView qr = new QrCodeView(phones.urlProperty().get() + "#join=" + code);
        VBox join = new VBox(title, qr, label(address(phones), "room-join-address"), label("Code " + code, "room-join-code"));
        join.getStyleClass().add("room-join");
        join.getStylesheets().add(PhonesPanel.CSS);
        join.setMinWidth(VBox.USE_PREF_SIZE);
        HBox.setHgrow(shown, Priority.ALWAYS);
        return new HBox(shown, join);
    }

    /**
     * The corner badge for a slide that takes answers, pinned to the bottom right of the projector
     * above whatever the slide holds; empty when phones are off or the question is closed.
     */
    public static List<Node> badge(RunState state, PhonesViewModel phones) {
        RoomQuestion question = phones.questionProperty().get();
        if (!phones.onProperty().get() || !question.asksAnything() || !question.key().equals(state.key())
                || phones.closedProperty().get()) {
            return List.of();
        }
        HBox badge = new HBox(label("Answer on your phone: " + address(phones) + "   Code " + phones.joinCodeProperty().get(),
                "room-badge-text"));
        badge.getStyleClass().add("room-badge");
        badge.getStylesheets().add(PhonesPanel.CSS);
        badge.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        StackPane.setAlignment(badge, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 12, 6, 0));
        return List.of(badge);
    }

    private static String address(PhonesViewModel phones) {
        return phones.urlProperty().get().replaceFirst("^http://", "").replaceFirst("/$", "");
    }

    static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
