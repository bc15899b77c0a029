package org.threshold.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threshold.domain.DeviceAnswer;
import org.threshold.workshop.phones.QuestionKind;
import org.threshold.workshop.phones.RoomQuestion;
import org.threshold.workshop.phones.RoomQuestion.Choice;

/**
 * The JSON the phone page and the server exchange. Reading is strict: unknown fields, repeated
 * keys, trailing content, deep nesting and numbers given as text are refused, not guessed at.
 */
final class RoomJson {
    private final ObjectMapper mapper;

    RoomJson() {
        JsonMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(4).maxStringLength(4096).maxNumberLength(10).build());
        this.mapper = json;
    }

    /** What a phone sends to join: the code on the screen and the agency picked. */
    record JoinRequest(String code, String agency) {
    }

    /** What a phone is told: whether it has joined, the question on now, and its own saved answer to it. */
    record State(boolean phonesOn, boolean joined, String agency, long version, List<Choice> agencies,
                 QuestionView question, Saved saved) {
    }

    record QuestionView(String id, String kind, String heading, String prompt, String body, List<Choice> options,
                        List<Choice> withWhom, List<Choice> bases, List<Choice> parts, RoomQuestion.Scale scale,
                        boolean open, int maxText) {
        static QuestionView of(RoomQuestion q, boolean open) {
            return new QuestionView(q.id(), q.kind().name().toLowerCase(Locale.ROOT), q.heading(), q.prompt(), q.body(),
                    q.options(), q.withWhom(), q.bases(), q.parts(), q.scale(), open, RoomQuestion.MAX_TEXT);
        }
    }

    record Saved(String option, String withWhom, String basis, Integer confidence, String reason,
                 Map<String, String> scores, String text) {
        static Saved of(QuestionKind kind, List<DeviceAnswer> parts) {
            if (parts.isEmpty()) {
                return null;
            }
            DeviceAnswer first = parts.get(0);
            return switch (kind) {
                case DECISION -> new Saved(first.value(), first.withWhom(), first.basis(),
                        first.confidence() == 0 ? null : first.confidence(), first.text(), null, null);
                case MYTH, JOURNEY -> new Saved(first.value(), null, null, null, null, null, null);
                case OPEN -> new Saved(null, null, null, null, null, null, first.text());
                case TRUST, CONFIDENCE, READINESS -> {
                    Map<String, String> scores = new TreeMap<>();
                    parts.forEach(p -> scores.put(p.part(), p.value()));
                    yield new Saved(null, null, null, null, null, scores, null);
                }
                case NONE -> null;
            };
        }
    }

    record Message(String message) {
    }

    <T> T read(byte[] body, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new Refusal(400, "That answer could not be read.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new Refusal(400, "That answer has a part the room does not know: \"" + e.getPropertyName() + "\".");
        } catch (IOException e) {
            throw new Refusal(400, "That answer could not be read.");
        }
    }

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The room's own records always write as JSON", e);
        }
    }
}
