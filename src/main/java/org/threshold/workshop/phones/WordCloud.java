package org.threshold.workshop.phones;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the room used most in its approved open answers, for the projector's word cloud.
 * Small joining words are left out; each word's weight (1 to 5) says how large it is drawn.
 */
public final class WordCloud {
    /** One word, how many answers used it, and its size step from 1 (once) to 5 (the most used). */
    public record Word(String text, int count, int weight) {
    }

    private static final Set<String> LEFT_OUT = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can",
            "do", "don't", "for", "from", "have", "i", "if", "in", "is", "it", "it's", "its", "me", "my", "not", "of", "on",
            "or", "our", "so", "that", "the", "their", "them", "there", "they", "this", "to", "us", "was", "we", "what",
            "when", "where", "which", "who", "will", "with", "would", "you", "your");

    private WordCloud() {
    }

    /**
     * The {@code max} most used words, in alphabetical order so that large and small mix across the
     * cloud; a word an answer repeats counts once for that answer.
     */
    public static List<Word> of(List<String> answers, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String answer : answers) {
            answer.toLowerCase(Locale.UK).lines().flatMap(line -> List.of(line.split("[^\\p{L}\\p{N}'’-]+")).stream())
                    .map(word -> word.replaceAll("^['’-]+|['’-]+$", "").replace('’', '\''))
                    .filter(word -> word.length() > 1 && !LEFT_OUT.contains(word))
                    .distinct()
                    .forEach(word -> counts.merge(word, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int most = ranked.isEmpty() ? 1 : ranked.get(0).getValue();
        List<Word> words = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ranked.subList(0, Math.min(max, ranked.size()))) {
            int weight = 1 + (int) Math.round(4.0 * (entry.getValue() - 1) / Math.max(1, most - 1));
            words.add(new Word(entry.getKey(), entry.getValue(), most == 1 ? 3 : weight));
        }
        words.sort(Comparator.comparing(Word::text));
        return words;
    }
}
