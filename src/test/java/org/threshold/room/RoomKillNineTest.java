package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.store.ChildJvm;
import org.threshold.store.Database;
import org.threshold.store.DeviceAnswerRepository;
import org.threshold.workshop.phones.DeviceTokens;

/**
 * The app is killed with -9 while phones answer. Every answer a phone was told
 * "saved" is in the database after the restart, and the phones carry on with their cookies alone.
 * The kill point is counted in answers saved, never timed.
 */
class RoomKillNineTest {
    private static final int PHONES = 12;
    private static final int SAVED_BEFORE_KILL = 60;
    private static final String[] OPTIONS = {"share-now", "dont-share-yet", "seek-advice", "seek-consent"};

    @TempDir
    Path dir;

    @Test
    void everyAnswerToldSavedSurvivesKillNineAndPhonesCarryOnAfterTheRestart() throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        Path data = Files.createDirectories(dir.resolve("data"));
        Process child = ChildJvm.start(RoomChild.class, stderr, List.of(), data.toString(), "0", "-",
                dir.resolve("native").toString());
        String[] ready = ready(child, stderr);
        int port = Integer.parseInt(ready[1]);
        String session = ready[2];
        String question = ready[4];

        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            Phone phone = new Phone(port);
            assertEquals(200, phone.join(ready[3], i % 2 == 0 ? "police" : "health").statusCode());
            phones.add(phone);
        }
        Map<Phone, String> lastSaved = new ConcurrentHashMap<>();
        Map<Phone, String> inFlight = new ConcurrentHashMap<>();
        AtomicInteger saved = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService hands = Executors.newFixedThreadPool(PHONES);
        for (Phone phone : phones) {
            hands.execute(() -> answerUntilTheLaptopDies(phone, question, lastSaved, inFlight, saved, enough));
        }
        assertTrue(enough.await(5, TimeUnit.MINUTES), "the phones saved answers");
        child.toHandle().destroyForcibly();
        child.waitFor();
        hands.shutdown();
        assertTrue(hands.awaitTermination(5, TimeUnit.MINUTES));

        DecisionKey key = key(question);
        try (Database database = Database.open(data.resolve("workshop.db"))) {
            List<DeviceAnswer> stored = new DeviceAnswerRepository(database).listFor(key);
            for (Phone phone : lastSaved.keySet()) {
                String device = DeviceTokens.deviceId(phone.cookie().substring(phone.cookie().indexOf('=') + 1));
                DeviceAnswer answer = stored.stream().filter(a -> a.device().equals(device)).findFirst().orElse(null);
                assertNotNull(answer, "an answer the phone was told was saved is there");
                assertTrue(answer.value().equals(lastSaved.get(phone)) || answer.value().equals(inFlight.get(phone)),
                        "the last answer told saved, or one sent after it: " + answer.value());
            }
            assertTrue(stored.size() <= PHONES, "one answer per phone, never more");
        }

        Process restarted = ChildJvm.start(RoomChild.class, stderr, List.of(), data.toString(), String.valueOf(port), session,
                dir.resolve("native").toString());
        try {
            ready(restarted, stderr);
            for (Phone before : phones) {
                Phone after = new Phone(port, before);
                assertTrue(after.get("/api/state").body().contains("\"joined\":true"), "no need to join again");
                assertEquals(200, after.answer("{\"question\":\"" + question + "\",\"option\":\"share-now\"}").statusCode());
            }
        } finally {
            restarted.toHandle().destroyForcibly();
            restarted.waitFor();
        }
    }

    private static void answerUntilTheLaptopDies(Phone phone, String question, Map<Phone, String> lastSaved,
                                                 Map<Phone, String> inFlight, AtomicInteger saved, CountDownLatch enough) {
        for (int i = 0; ; i++) {
            String option = OPTIONS[i % OPTIONS.length];
            inFlight.put(phone, option);
            try {
                if (phone.answer("{\"question\":\"" + question + "\",\"option\":\"" + option + "\"}").statusCode() != 200) {
                    return;
                }
            } catch (UncheckedIOException gone) {
                return;
            }
            lastSaved.put(phone, option);
            if (saved.incrementAndGet() >= SAVED_BEFORE_KILL) {
                enough.countDown();
            }
        }
    }

    private static String[] ready(Process child, Path stderr) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertNotNull(line, () -> "the child ended early:\n" + read(stderr));
        assertTrue(line.startsWith("READY "), line);
        return line.split(" ");
    }

    private static DecisionKey key(String question) {
        String[] parts = question.split("\\.");
        return new DecisionKey(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no stderr)";
        }
    }
}
