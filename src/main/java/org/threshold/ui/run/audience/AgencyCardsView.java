package org.threshold.ui.run.audience;

import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.SessionAgency;

/** Each agency's card side by side, three to a row, under the same three headings. */
final class AgencyCardsView extends GridPane {
    static final int PER_ROW = 3;

    AgencyCardsView(List<AgencyCard> cards, List<SessionAgency> agencies, List<String> headings) {
        getStyleClass().add("agency-cards");
        int columns = Math.max(1, Math.min(PER_ROW, cards.size()));
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int i = 0; i < cards.size(); i++) {
            add(card(cards.get(i), agencies, headings), i % columns, i / columns);
        }
    }

    private static VBox card(AgencyCard card, List<SessionAgency> agencies, List<String> headings) {
        VBox box = new VBox();
        box.getStyleClass().add("agency-card");
        box.setId("agency-card-" + card.agencyCode());
        String name = agencies.stream().filter(a -> a.code().equals(card.agencyCode())).map(SessionAgency::name)
                .findFirst().orElse(card.agencyCode());
        box.getChildren().add(Slide.label(name, "agency-card-name"));
        String[] texts = {card.canShare(), card.cannotShare(), card.reachUs()};
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                box.getChildren().addAll(Slide.label(headings.get(i), "agency-card-heading"),
                        Slide.label(texts[i], "agency-card-text"));
            }
        }
        return box;
    }
}
