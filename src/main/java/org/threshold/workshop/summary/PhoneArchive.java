package org.threshold.workshop.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.store.Database;
import org.threshold.store.DeviceAnswerRepository;

/**
 * An archived session's answers from phones. A phone's pseudonym never leaves the laptop: the
 * archive names each phone "phone-1", "phone-2" and so on, in the order it first answered, which
 * is all another installation needs to count each phone once.
 */
final class PhoneArchive {
    private PhoneArchive() {
    }

    static List<DeviceAnswer> renumbered(List<DeviceAnswer> answers) {
        Map<String, String> names = new LinkedHashMap<>();
        List<DeviceAnswer> archived = new ArrayList<>();
        for (DeviceAnswer a : answers) {
            String name = names.computeIfAbsent(a.device(), d -> "phone-" + (names.size() + 1));
            archived.add(new DeviceAnswer(a.key(), name, a.agencyCode(), a.part(), a.value(), a.withWhom(), a.basis(),
                    a.confidence(), a.text(), a.moderation(), a.recordedAt()));
        }
        return archived;
    }

    /** Saves each phone's answer to each question, moved to the new agenda item ids. */
    static void save(Database database, long sessionId, List<DeviceAnswer> answers, LongUnaryOperator items,
                     Instant now) {
        Map<List<Object>, List<DeviceAnswer>> byQuestion = new LinkedHashMap<>();
        for (DeviceAnswer a : answers) {
            DecisionKey key = new DecisionKey(items.applyAsLong(a.key().agendaItemId()), a.key().stageIndex());
            byQuestion.computeIfAbsent(List.of(key, a.device()), k -> new ArrayList<>()).add(new DeviceAnswer(key,
                    a.device(), a.agencyCode(), a.part(), a.value(), a.withWhom(), a.basis(), a.confidence(), a.text(),
                    a.moderation(), a.recordedAt()));
        }
        DeviceAnswerRepository repository = new DeviceAnswerRepository(database);
        byQuestion.forEach((question, parts) -> repository.replace(sessionId, (DecisionKey) question.get(0),
                (String) question.get(1), parts, now));
    }
}
