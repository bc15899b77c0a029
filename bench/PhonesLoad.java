import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.room.RoomLimits;
import org.threshold.room.RoomServer;
import org.threshold.store.Database;
import org.threshold.store.DeviceAnswerRepository;
import org.threshold.store.PackRepository;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.phones.DeviceTokens;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * The phones load benchmark (not a test): a server JVM with the real store and phone server on
 * loopback, and a phones JVM in which each simulated phone joins, holds the live stream, and when
 * the room moves to a stage answers at a random moment within 2 seconds. It reports answers lost,
 * POST-to-"saved" p50 and p99, the server's memory, and a floor from the same run: the same phones
 * fetching the page's stylesheet at the same moments, which touches no store.
 */
public class PhonesLoad {
    static final String[] AGENCIES = {"police", "health", "adult-social-care", "childrens-social-care", "education",
        "housing", "probation", "voluntary-sector"};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("server")) {
            server(Path.of(args[1]));
        } else {
            phones(args.length > 0 ? Integer.parseInt(args[0]) : 300, args.length > 1 ? Integer.parseInt(args[1]) : 3);
        }
    }

    // ---- the laptop --------------------------------------------------------------------------

    /** Plans a workshop, turns phones on, then obeys lines on standard input: "next" moves the room, "mem" reports memory. */
    static void server(Path folder) throws Exception {
        Clock clock = Clock.systemUTC();
        Database database = Database.open(folder.resolve("bench.db"));
        PackLibrary packs = new PackLibrary(new PackRepository(database));
        SessionPlanner planner = new SessionPlanner(database, packs, clock);
        long id = new SessionCatalog(database, clock).create(SessionDetails.of("Load", LocalDate.now(), "", "")).id();
        planner.load(id);
        List<SessionAgency> agencies = new ArrayList<>();
        for (String code : AGENCIES) {
            agencies.add(new SessionAgency(code, code, 40, 4));
        }
        planner.saveAgencies(id, agencies);
        planner.saveAgenda(id, List.of(AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome", "", 5),
                AgendaItem.planned(AgendaItemKind.SCENARIO, "Quiet concerns", "quiet-concerns", 30)));
        WorkshopRunner runner = new WorkshopRunner(database, planner, clock);
        PhoneAnswers answers = new PhoneAnswers(database, clock, new DeviceTokens(new SecureRandom()));
        answers.setPhonesOn(id, true);
        // Every simulated phone comes from 127.0.0.1: the per-address budget is the only limit widened.
        RoomServer server = new RoomServer(answers, RoomLimits.standard().withPerAddress(
                new RoomLimits.Budget(1_000_000, 1_000_000)));
        server.start(id, "127.0.0.1", 0);
        RunState state = runner.start(id);
        server.follow(state);
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("READY " + server.port() + " " + answers.room(id).joinCode());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            switch (line) {
                case "next" -> {
                    state = runner.next(state);
                    server.follow(state);
                    // The stage's own options, so every simulated answer is one the phone page offers.
                    out.println("AT " + state.key().agendaItemId() + "." + state.key().stageIndex() + " " + String.join(",",
                            state.stage().orElseThrow().decision().options().stream().map(o -> o.id()).toList()));
                }
                case "streams" -> out.println("STREAMS " + server.streams());
                case "mem" -> out.println("MEM " + memory());
                case "count" -> out.println("COUNT " + new DeviceAnswerRepository(database).listFor(state.key()).size());
                default -> out.println("?");
            }
        }
        server.stop();
        database.close();
    }

    /** Heap in use after a collection, and the process's resident size, in MiB. */
    static String memory() throws Exception {
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\D", "")).findFirst().orElse("0");
        return String.format("%.1f %.1f", heap / 1048576.0, Long.parseLong(rss) / 1024.0);
    }

    // ---- the room's phones ---------------------------------------------------------------------

    static void phones(int count, int rounds) throws Exception {
        Path folder = Files.createTempDirectory("threshold-bench");
        Process laptop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "PhonesLoad", "server", folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader fromLaptop = new BufferedReader(new InputStreamReader(laptop.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toLaptop = new PrintWriter(laptop.getOutputStream(), true);
        String[] ready = fromLaptop.readLine().split(" ");
        URI base = URI.create("http://127.0.0.1:" + ready[1]);
        String memoryIdle = ask(toLaptop, fromLaptop, "mem");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(32)).proxy(HttpClient.Builder.NO_PROXY).build();

        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> joined = client.send(post(base, "/api/join", null, "{\"code\":\"" + ready[2]
                    + "\",\"agency\":\"" + AGENCIES[i % AGENCIES.length] + "\"}"), HttpResponse.BodyHandlers.ofString());
            String set = joined.headers().firstValue("Set-Cookie").orElseThrow();
            cookies.add(set.substring(0, set.indexOf(';')));
        }
        List<CountDownLatch> moved = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            moved.add(new CountDownLatch(count));
        }
        AtomicInteger round = new AtomicInteger(-1);
        for (String cookie : cookies) {
            // Each event after the first (which says where the room is on connecting) is the room moving on.
            AtomicInteger events = new AtomicInteger();
            client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/events")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                        if (line.startsWith("data:") && events.getAndIncrement() > 0) {
                            moved.get(Math.min(rounds - 1, round.get())).countDown();
                        }
                    }));
        }
        while (!ask(toLaptop, fromLaptop, "streams").equals(String.valueOf(count))) {
            Thread.onSpinWait();
        }
        String memoryHeld = ask(toLaptop, fromLaptop, "mem");

        Random random = new Random(13);
        ScheduledExecutorService hands = Executors.newScheduledThreadPool(16);
        List<long[]> results = new ArrayList<>();
        int lost = 0;
        for (int r = 0; r < rounds; r++) {
            round.set(r);
            String[] at = ask(toLaptop, fromLaptop, "next").split(" ");
            String question = at[0];
            String[] options = at[1].split(",");
            moved.get(r).await(30, TimeUnit.SECONDS);
            ConcurrentLinkedQueue<long[]> times = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (String cookie : cookies) {
                long delay = random.nextInt(2000);
                String answer = "{\"question\":\"" + question + "\",\"option\":\"" + options[random.nextInt(options.length)] + "\"}";
                CompletableFuture<Void> done = new CompletableFuture<>();
                all.add(done);
                hands.schedule(() -> {
                    long[] pair = new long[3];
                    pair[0] = timed(client, post(base, "/api/answer", cookie, answer), 200);
                    pair[1] = timed(client, HttpRequest.newBuilder(base.resolve("/phone.css")).header("Cookie", cookie)
                            .build(), 200);
                    times.add(pair);
                    done.complete(null);
                }, delay, TimeUnit.MILLISECONDS);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            results.addAll(times);
            lost += count - Integer.parseInt(ask(toLaptop, fromLaptop, "count"));
        }
        hands.shutdown();
        long failed = results.stream().filter(t -> t[0] < 0).count();
        long[] answerTimes = results.stream().mapToLong(t -> t[0]).filter(t -> t >= 0).sorted().toArray();
        long[] floorTimes = results.stream().mapToLong(t -> t[1]).filter(t -> t >= 0).sorted().toArray();
        System.out.printf("phones %d, rounds %d, answers %d, refused or failed %d, lost (told saved, not stored or missing) %d%n",
                count, rounds, results.size(), failed, lost);
        System.out.printf("POST to \"saved\":      p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", ms(answerTimes, 0.50),
                ms(answerTimes, 0.99), ms(answerTimes, 1.0));
        System.out.printf("floor, GET stylesheet: p50 %.1f ms  p99 %.1f ms%n", ms(floorTimes, 0.50), ms(floorTimes, 0.99));
        System.out.printf("ratio p99 answer/floor: %.2f%n", ms(answerTimes, 0.99) / Math.max(0.01, ms(floorTimes, 0.99)));
        System.out.println("server memory (heap after GC MiB, resident MiB): before phones " + memoryIdle
                + "; with " + count + " live streams " + memoryHeld + "; after the answers " + ask(toLaptop, fromLaptop, "mem"));
        toLaptop.close();
        laptop.waitFor(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    static HttpRequest post(URI base, String path, String cookie, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("X-Threshold-Room", "1").POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.build();
    }

    /** Nanoseconds from sending to the whole reply, or -1 when the reply was not {@code expected}. */
    static long timed(HttpClient client, HttpRequest request, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == expected ? System.nanoTime() - start : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String ask(PrintWriter to, BufferedReader from, String command) throws Exception {
        to.println(command);
        String line = from.readLine();
        return line.substring(line.indexOf(' ') + 1);
    }
}
