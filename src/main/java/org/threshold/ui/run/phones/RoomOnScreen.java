package org.threshold.ui.run.phones;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Response;
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

    /**
     * The slide as drawn, with the phones' additions when phones are on; revealed results say
     * which sources they combine.
     */
    public static Node decorate(Node slide, RunState state, PhonesViewModel phones, List<Response> typed) {
        Node shown = state.item().kind() == AgendaItemKind.OPEN_QUESTION ? OpenAnswersSlide.of(state, phones) : slide;
        if (state.isRevealed() && state.stage().isPresent() && shown instanceof VBox results) {
            sources(state, phones, typed).ifPresent(line -> results.getChildren().add(label(line, "slide-note")));
        }
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

    /** "Answers from: show of hands, 6 phones.": where the figures on a results slide came from. */
    static Optional<String> sources(RunState state, PhonesViewModel phones, List<Response> typed) {
        long onPhones = phones.sessionAnswers().stream().filter(a -> a.key().equals(state.key())).count();
        List<String> words = new ArrayList<>();
        typed.stream().filter(r -> r.key().equals(state.key())).map(Response::source).distinct().sorted()
                .forEach(source -> words.add(source.label().toLowerCase(Locale.UK)));
        if (onPhones == 0) {
            return Optional.empty();
        }
        words.add(onPhones == 1 ? "1 phone" : onPhones + " phones");
        return Optional.of("Answers from: " + String.join(", ", words) + ".");
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
