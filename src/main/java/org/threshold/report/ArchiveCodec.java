package org.threshold.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads and writes session archives as JSON. Reading is strict: unknown fields, duplicate keys,
 * a missing format marker, a newer format version or a file over the size cap are refused with a
 * plain message that says where, before anything reaches the database.
 */
public final class ArchiveCodec {
    /** Generous for one session (a long day's notes and a large pack are well under 5 MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The longest text an archive holds is its saved pack, which a pack's own size cap keeps to 5 MB. */
    private static final int LONGEST_STRING = 5 * 1024 * 1024;

    private final ObjectMapper mapper;

    public ArchiveCodec() {
        SimpleModule time = new SimpleModule("threshold-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addSerializer(LocalDate.class, ToStringSerializer.instance);
        time.addDeserializer(Instant.class, new TextDeserializer<>(Instant::parse));
        time.addDeserializer(LocalDate.class, new TextDeserializer<>(LocalDate::parse));
        JsonMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations name line and column only: the archive's text (notes, answers) never goes into a message.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A number is a number: "1" or 1.5 where a whole number belongs is refused, not converted.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(time)
                .build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(LONGEST_STRING).build());
        json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.mapper = json;
    }

    public void write(SessionArchive archive, OutputStream out) throws IOException {
        mapper.writeValue(out, archive);
    }

    public SessionArchive read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArchiveException("There is no archive file at " + file + ".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ArchiveException(file.getFileName() + " is larger than any session archive should be ("
                        + MAX_BYTES / (1024 * 1024) + " MB); it was not read.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return check(mapper.readValue(in, SessionArchive.class), file);
            }
        } catch (JsonProcessingException e) {
            throw new ArchiveException(file.getFileName() + " is not a readable Threshold session archive: "
                    + ArchiveErrors.describe(e) + ".", e);
        } catch (IOException e) {
            throw new ArchiveException("The archive " + file + " could not be read (" + ArchiveErrors.reason(e) + ").", e);
        }
    }

    private static SessionArchive check(SessionArchive archive, Path file) {
        if (archive == null || !SessionArchive.FORMAT.equals(archive.format())) {
            throw new ArchiveException(file.getFileName() + " is not a Threshold session archive.");
        }
        if (archive.formatVersion() > SessionArchive.VERSION) {
            throw new ArchiveException(file.getFileName() + " was saved by a newer version of Threshold (archive format "
                    + archive.formatVersion() + "). Install the newer version to import it.");
        }
        if (archive.formatVersion() < 1 || archive.session() == null) {
            throw new ArchiveException(file.getFileName() + " is not a complete Threshold session archive.");
        }
        return archive;
    }


    private static final class TextDeserializer<T> extends JsonDeserializer<T> {
        private final Function<String, T> parse;

        TextDeserializer(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return text == null ? null : parse.apply(text);
            } catch (DateTimeParseException e) {
                throw JsonMappingException.from(parser, "not a date or time", e);
            }
        }
    }
}
