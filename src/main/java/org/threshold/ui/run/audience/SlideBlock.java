package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A part of what the room sees, as plain data: every word is decided here, so the views only
 * draw and a test can read exactly what the projector will show. A colour is a {@code tone}, a
 * key the audience stylesheet gives a colour; words always carry the meaning as well.
 */
public sealed interface SlideBlock {
    /** Every word this block puts on the screen or gives a screen reader, in reading order. */
    List<String> texts();

    /** How a run of text is set: body text, the question put to the room, a note, a verdict. */
    enum TextStyle {
        BODY, QUESTION, NOTE, VERDICT, SUMMARY
    }

    record Text(String text, TextStyle style) implements SlideBlock {
        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** The options of a decision, lettered, before the results are revealed. */
    record Options(List<String> letters, List<String> labels) implements SlideBlock {
        public Options {
            letters = List.copyOf(letters);
            labels = List.copyOf(labels);
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < letters.size(); i++) {
                texts.add(letters.get(i));
                texts.add(labels.get(i));
            }
            return texts;
        }
    }

    /** A key to the colours of a chart: each entry in words, with its colour. */
    record Legend(String text, String tone) {
    }

    /** A labelled piece of a bar, its length in proportion to {@code share} of the row. */
    record Segment(String text, String tone, double share) {
    }

    /** One agency's bar: a node id, its label, its segments, what they come to, and the same in one sentence. */
    record BarRow(String id, String label, List<Segment> segments, String summary, String description) {
        public BarRow {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A bar per agency: the split of answers at a decision point, or the room's answers to a
     * myth-or-fact statement. {@code description} says the whole chart in words.
     */
    record Bars(String heading, List<Legend> legend, List<BarRow> rows, List<String> notes, String description)
            implements SlideBlock {
        public Bars {
            legend = List.copyOf(legend);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(heading);
            legend.forEach(l -> texts.add(l.text()));
            for (BarRow row : rows) {
                texts.add(row.label());
                row.segments().forEach(s -> texts.add(s.text()));
                texts.add(row.summary());
                texts.add(row.description());
            }
            texts.addAll(notes);
            texts.add(description);
            return texts;
        }
    }

    /** A myth-or-fact answer: the verdict and why, beside the room's answers when there are any. */
    record Verdict(String verdict, String explanation, Bars room) implements SlideBlock {
        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>(List.of(verdict, explanation));
            if (room != null) {
                texts.addAll(room.texts());
            }
            return texts;
        }
    }

    /** A cell of a grid: a node id (or empty), its words, a colour key (or empty), and its words for a screen reader. */
    record Cell(String id, String text, String tone, String description) {
        public static Cell of(String text, String tone, String description) {
            return new Cell("", text, tone, description);
        }
    }

    /** One row of a grid, headed by an agency or a statement; {@code id} names its node, or is empty. */
    record GridRow(String id, String label, List<Cell> cells, String description) {
        public GridRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * What a grid is, so the view can lay it out: the threshold chart, the trust grid, the confidence
     * counts, or "Where we stand"'s journey and readiness.
     */
    enum GridKind {
        THRESHOLD, TRUST, CONFIDENCE, JOURNEY, READINESS
    }

    /**
     * A table of cells under column headings: the threshold chart, the trust heatmap or the
     * confidence counts. {@code description} says the whole grid in words.
     */
    record Grid(GridKind kind, String corner, List<String> columns, List<GridRow> rows, List<Legend> legend,
                String description) implements SlideBlock {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            legend = List.copyOf(legend);
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(corner);
            texts.addAll(columns);
            legend.forEach(l -> texts.add(l.text()));
            for (GridRow row : rows) {
                texts.add(row.label());
                row.cells().forEach(c -> texts.addAll(List.of(c.text(), c.description())));
                texts.add(row.description());
            }
            texts.add(description);
            return texts;
        }
    }

    /** How to join on a phone, beside the welcome: the QR code's address, the address to type and the code. */
    record Join(String title, String joinUrl, String address, String code) implements SlideBlock {
        @Override
        public List<String> texts() {
            return List.of(title, address, code);
        }
    }

    /** A word of the open answers' cloud, {@code weight} 1 to 5 from the least said to the most. */
    record CloudWord(String text, int weight) {
    }

    /** An open question's approved answers: the words most said, larger the more said, then each answer as given. */
    record OpenAnswers(List<CloudWord> cloud, List<String> answers) implements SlideBlock {
        public OpenAnswers {
            cloud = List.copyOf(cloud);
            answers = List.copyOf(answers);
        }

        @Override
        public List<String> texts() {
            return Stream.concat(cloud.stream().map(CloudWord::text), answers.stream()).toList();
        }
    }

    /** An agency's card: its name and, under each heading, what it wrote. */
    record Card(String code, String name, List<String> headings, List<String> texts) {
        public Card {
            headings = List.copyOf(headings);
            texts = List.copyOf(texts);
        }
    }

    record Cards(List<Card> cards) implements SlideBlock {
        public Cards {
            cards = List.copyOf(cards);
        }

        @Override
        public List<String> texts() {
            return cards.stream().flatMap(c -> Stream.concat(Stream.of(c.name()),
                    Stream.concat(c.headings().stream(), c.texts().stream()))).toList();
        }
    }
}
