package org.threshold.ui.run.audience;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threshold.ui.run.audience.SlideBlock.Card;
import org.threshold.ui.run.audience.SlideBlock.Cards;

/** Each agency's card side by side, three to a row, under the same headings. */
final class AgencyCardsView extends GridPane {
    static final int PER_ROW = 3;

    AgencyCardsView(Cards cards) {
        getStyleClass().add("agency-cards");
        int columns = Math.max(1, Math.min(PER_ROW, cards.cards().size()));
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int i = 0; i < cards.cards().size(); i++) {
            add(card(cards.cards().get(i)), i % columns, i / columns);
        }
    }

    private static VBox card(Card card) {
        VBox box = new VBox();
        box.getStyleClass().add("agency-card");
        box.setId("agency-card-" + card.code());
        box.getChildren().add(SlideView.label(card.name(), "agency-card-name"));
        for (int i = 0; i < card.headings().size(); i++) {
            box.getChildren().addAll(SlideView.label(card.headings().get(i), "agency-card-heading"),
                    SlideView.label(card.texts().get(i), "agency-card-text"));
        }
        return box;
    }
}
