package org.threshold.content;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The test packs under src/test/resources/org/threshold/content. */
final class Fixtures {
    static final String VALID = "valid/small-pack.json";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            assertNotNull(in, "test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String validText() {
        return new String(bytes(VALID), StandardCharsets.UTF_8);
    }

    /** The problems reported for the valid fixture with {@code old} replaced by {@code replacement}. */
    static List<PackProblem> problemsAfter(String old, String replacement) {
        String text = validText();
        if (!text.contains(old)) {
            throw new IllegalArgumentException("fixture has no " + old);
        }
        return problems(text.replace(old, replacement).getBytes(StandardCharsets.UTF_8));
    }

    static List<PackProblem> problems(byte[] bytes) {
        try {
            new PackReader().read(bytes);
            return List.of();
        } catch (PackFormatException e) {
            return e.problems();
        }
    }

    static List<String> lines(List<PackProblem> problems) {
        return problems.stream().map(PackProblem::toString).toList();
    }
}
