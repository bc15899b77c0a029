package org.threshold.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.threshold.domain.pack.Pack;

/**
 * Reads a scenario pack strictly: size cap first, then strict UTF-8, then JSON with limits on
 * depth and string length and no duplicate keys, then the shape (no unknown fields), then the
 * rules of {@link PackValidator}. Anything wrong is a {@link PackFormatException} listing each
 * problem with its place; an {@link IOException} means the file itself could not be read.
 */
public final class PackReader {
    private final PackLimits limits;
    private final PackValidator validator;
    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final JsonErrors errors;

    public PackReader() {
        this(PackLimits.DEFAULT, new PackValidator());
    }

    public PackReader(PackLimits limits, PackValidator validator) {
        this.limits = limits;
        this.validator = validator;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxBytes())
                        .maxNameLength(1_000)
                        .maxNumberLength(30)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations name line and column only; the pack's text never goes into a message.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = new ObjectMapper(factory);
        this.errors = new JsonErrors(limits);
    }

    /** Reads a pack file, refusing one over the size cap before reading a byte of it. */
    public Pack read(Path file) throws IOException, PackFormatException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw tooLarge(formatSize(size));
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Still capped: the file may have grown since it was measured.
            return read(in);
        }
    }

    /** Reads a pack from a stream, taking at most one byte more than the cap from it. */
    public Pack read(InputStream in) throws IOException, PackFormatException {
        byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge("more than " + formatSize(limits.maxBytes()));
        }
        return read(bytes);
    }

    public Pack read(byte[] bytes) throws PackFormatException {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(formatSize(bytes.length));
        }
        Pack pack = parse(StrictUtf8.decode(bytes));
        Optional<PackFormatException> refusal = validator.refusal(pack);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return pack;
    }

    private Pack parse(String text) throws PackFormatException {
        JsonNode tree = tree(text);
        PackMapper packMapper = new PackMapper();
        return packMapper.map(tree).orElseThrow(packMapper::refusal);
    }

    private JsonNode tree(String text) throws PackFormatException {
        checkStartsLikeAPack(text);
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (parser.nextToken() != null) {
                    throw new PackFormatException(new PackProblem(
                            Places.line(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()),
                            "more JSON after the end of the pack"));
                }
                return tree;
            } catch (JsonProcessingException e) {
                throw new PackFormatException(errors.describe(e, parser));
            }
        } catch (IOException e) {
            // Reading from a String in memory: only a parse error can happen, and that is caught above.
            throw new IllegalStateException(e);
        }
    }

    /** Something that is not JSON at all (a Word file, a CSV) gets one plain sentence, not a parser error. */
    private static void checkStartsLikeAPack(String text) throws PackFormatException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                return;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                throw new PackFormatException(new PackProblem(Places.line(line, column),
                        "not a pack: a pack is a JSON object and starts with \"{\", found "
                                + Places.quote(text.substring(i, text.offsetByCodePoints(i, 1)))));
            }
        }
        throw new PackFormatException(new PackProblem(Places.FILE, "empty (there is no JSON in it)"));
    }

    private PackFormatException tooLarge(String size) {
        return new PackFormatException(new PackProblem(Places.FILE, "too large (" + size
                + "); a pack may be at most " + formatSize(limits.maxBytes())));
    }

    private static String formatSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
