package org.threshold.workshop.phones;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Moderation;
import org.threshold.domain.SessionAgency;
import org.threshold.store.Database;
import org.threshold.store.DeviceAnswerRepository;
import org.threshold.store.JournalRepository;
import org.threshold.store.PhoneRoomRepository;
import org.threshold.store.PhoneRoomRepository.Device;
import org.threshold.store.PhoneRoomRepository.Room;
import org.threshold.store.SessionAgencyRepository;
import org.threshold.workshop.phones.AnswerRefused.Reason;

/**
 * Phones in the room, as use cases: the join code, joining, answering, closing a question and
 * moderating open answers. Every answer is committed, in one transaction with the checks that
 * admit it, before this returns: the phone is told "saved" only after that.
 */
public final class PhoneAnswers {
    private final Database database;
    private final Clock clock;
    private final DeviceTokens tokens;
    private final PhoneRoomRepository rooms;
    private final DeviceAnswerRepository answers;
    private final SessionAgencyRepository agencies;
    private final JournalRepository journal;

    public PhoneAnswers(Database database, Clock clock, DeviceTokens tokens) {
        this.database = database;
        this.clock = clock;
        this.tokens = tokens;
        this.rooms = new PhoneRoomRepository(database);
        this.answers = new DeviceAnswerRepository(database);
        this.agencies = new SessionAgencyRepository(database);
        this.journal = new JournalRepository(database);
    }

    /** The session's room, made with a fresh join code the first time it is asked for. */
    public RoomState room(long sessionId) {
        return database.transaction(() -> state(rooms.find(sessionId).orElseGet(() -> {
            Room fresh = new Room(tokens.newJoinCode(), 1, false);
            rooms.save(sessionId, fresh, clock.instant());
            return fresh;
        })));
    }

    public RoomState setPhonesOn(long sessionId, boolean on) {
        return database.transaction(() -> {
            RoomState now = room(sessionId);
            rooms.save(sessionId, new Room(now.joinCode(), now.generation(), on), clock.instant());
            journal.append(sessionId, on ? "phones on" : "phones off", "", clock.instant());
            return new RoomState(now.joinCode(), now.generation(), on);
        });
    }

    /** A new code: every phone that joined with the old one must join again. */
    public RoomState changeCode(long sessionId) {
        return database.transaction(() -> {
            RoomState now = room(sessionId);
            Room changed = new Room(tokens.newJoinCode(), now.generation() + 1, now.phonesOn());
            rooms.save(sessionId, changed, clock.instant());
            journal.append(sessionId, "join code changed", "", clock.instant());
            return state(changed);
        });
    }

    public List<SessionAgency> agencies(long sessionId) {
        return agencies.list(sessionId);
    }

    /**
     * Joins a phone to the room with the code on the projector and the agency picked. A phone that
     * joined before (it still holds its token) keeps its token, so its answers are never counted twice.
     *
     * @return the token the phone is to hold from now on
     */
    public String join(long sessionId, String code, String agencyCode, String heldToken) {
        return database.transaction(() -> {
            RoomState room = room(sessionId);
            if (!room.phonesOn()) {
                throw new AnswerRefused(Reason.NOT_JOINED, "Phones are not on for this workshop just now.");
            }
            if (!DeviceTokens.sameCode(room.joinCode(), code)) {
                throw new AnswerRefused(Reason.WRONG_CODE, "That join code is not the one on the screen. Please check it.");
            }
            if (agencyCode == null || agencies.list(sessionId).stream().noneMatch(a -> a.code().equals(agencyCode))) {
                throw new AnswerRefused(Reason.INVALID, "Please pick your agency from the list.");
            }
            String token = DeviceTokens.isWellFormed(heldToken)
                    && rooms.findDevice(sessionId, DeviceTokens.deviceId(heldToken)).isPresent()
                    ? heldToken : tokens.newToken();
            rooms.saveDevice(sessionId, new Device(DeviceTokens.deviceId(token), agencyCode, room.generation()),
                    clock.instant());
            return token;
        });
    }

    /** The agency a phone joined as, while its joining holds (phones on, and the code unchanged since). */
    public Optional<String> agencyOf(long sessionId, String token) {
        if (!DeviceTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return database.transaction(() -> current(sessionId, token).map(Device::agencyCode));
    }

    /** Checks and saves a phone's answer to the question on now; returns once it is committed. */
    public void answer(long sessionId, RoomQuestion question, String token, AnswerInput input) {
        if (!question.asksAnything() || !question.id().equals(input.question())) {
            throw new AnswerRefused(Reason.NOT_CURRENT, "That question is no longer open: the room has moved on.");
        }
        if (!DeviceTokens.isWellFormed(token)) {
            throw notJoined();
        }
        String deviceId = DeviceTokens.deviceId(token);
        database.transaction(() -> {
            Device device = current(sessionId, token).orElseThrow(PhoneAnswers::notJoined);
            if (answers.isClosed(question.key())) {
                throw new AnswerRefused(Reason.CLOSED, "Answering has closed for this question.");
            }
            List<DeviceAnswer> parts = DeviceAnswerRules.parts(question, deviceId, device.agencyCode(), input);
            if (!sameAsSaved(parts, answers.listFor(question.key(), deviceId))) {
                answers.replace(sessionId, question.key(), deviceId, parts, clock.instant());
            }
        });
    }

    /** A phone's own saved answer to a question, so it shows again after a reload; never anyone else's. */
    public List<DeviceAnswer> saved(long sessionId, DecisionKey key, String token) {
        if (!DeviceTokens.isWellFormed(token) || key == null) {
            return List.of();
        }
        return answers.listFor(key, DeviceTokens.deviceId(token));
    }

    public void close(long sessionId, DecisionKey key) {
        Instant now = clock.instant();
        database.transaction(() -> {
            answers.close(key, now);
            journal.append(sessionId, "answering closed", "item " + key.agendaItemId() + ", step " + (key.stageIndex() + 1), now);
        });
    }

    public void reopen(long sessionId, DecisionKey key) {
        Instant now = clock.instant();
        database.transaction(() -> {
            answers.reopen(key);
            journal.append(sessionId, "answering reopened", "item " + key.agendaItemId() + ", step "
                    + (key.stageIndex() + 1), now);
        });
    }

    public boolean isClosed(DecisionKey key) {
        return key != null && answers.isClosed(key);
    }

    /** Per agency, in the session's order: phones joined with the current code, and phones that answered {@code key}. */
    public List<AgencyCount> counts(long sessionId, DecisionKey key) {
        return database.transaction(() -> {
            int generation = room(sessionId).generation();
            Map<String, Integer> joined = new HashMap<>();
            rooms.devices(sessionId).stream().filter(d -> d.generation() == generation)
                    .forEach(d -> joined.merge(d.agencyCode(), 1, Integer::sum));
            Map<String, Set<String>> answered = new HashMap<>();
            if (key != null) {
                answers.listFor(key).forEach(a -> answered.computeIfAbsent(a.agencyCode(), k -> new HashSet<>()).add(a.device()));
            }
            List<AgencyCount> counts = new ArrayList<>();
            for (SessionAgency agency : agencies.list(sessionId)) {
                counts.add(new AgencyCount(agency.code(), agency.name(), joined.getOrDefault(agency.code(), 0),
                        answered.getOrDefault(agency.code(), Set.of()).size()));
            }
            return counts;
        });
    }

    /** Every phone answer to one question, for the moderation queue and the live results. */
    public List<DeviceAnswer> answers(DecisionKey key) {
        return answers.listFor(key);
    }

    public List<DeviceAnswer> sessionAnswers(long sessionId) {
        return answers.list(sessionId);
    }

    public boolean moderate(long sessionId, DeviceAnswer answer, Moderation moderation) {
        return database.transaction(() -> {
            boolean done = answers.moderate(answer.key(), answer.device(), moderation);
            if (done) {
                journal.append(sessionId, "open answer " + moderation.label().toLowerCase(java.util.Locale.ROOT), "",
                        clock.instant());
            }
            return done;
        });
    }

    private Optional<Device> current(long sessionId, String token) {
        RoomState room = room(sessionId);
        if (!room.phonesOn()) {
            return Optional.empty();
        }
        return rooms.findDevice(sessionId, DeviceTokens.deviceId(token)).filter(d -> d.generation() == room.generation());
    }

    /** A retried answer changes nothing, so an approved open answer sent again stays approved. */
    private static boolean sameAsSaved(List<DeviceAnswer> parts, List<DeviceAnswer> saved) {
        if (parts.size() != saved.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            DeviceAnswer a = parts.get(i);
            DeviceAnswer b = saved.get(i);
            if (!a.part().equals(b.part()) || !a.value().equals(b.value()) || !a.withWhom().equals(b.withWhom())
                    || !a.basis().equals(b.basis()) || a.confidence() != b.confidence() || !a.text().equals(b.text())
                    || !a.agencyCode().equals(b.agencyCode())) {
                return false;
            }
        }
        return true;
    }

    private static AnswerRefused notJoined() {
        return new AnswerRefused(Reason.NOT_JOINED, "Please join the room first, with the code on the screen.");
    }

    private static RoomState state(Room room) {
        return new RoomState(room.joinCode(), room.generation(), room.phonesOn());
    }
}
