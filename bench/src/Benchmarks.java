import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.store.SessionRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.workshop.DefaultAgenda;
import org.threshold.workshop.ExampleWorkshop;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * The in-process benchmarks, each figure printed beside its floor from the same run, medians of
 * alternating rounds: opening the large session in the console against the example workshop,
 * a saved count reaching the console's model against the bare commit, and the home list with
 * 1,000 workshops against the single query that reads them.
 * Usage: Benchmarks LARGE_DATABASE ROUNDS   (the database made by LargeSession; a scratch file is made beside it)
 */
public final class Benchmarks {
    private final Database database;
    private final Clock clock = Clock.systemDefaultZone();
    private final PackLibrary packs;
    private final SessionPlanner planner;
    private final WorkshopRunner runner;
    private final SessionCatalog catalog;

    private Benchmarks(Database database) {
        this.database = database;
        this.packs = new PackLibrary(new PackRepository(database), clock);
        this.planner = new SessionPlanner(database, packs, clock);
        this.runner = new WorkshopRunner(database, planner, clock);
        this.catalog = new SessionCatalog(database, clock);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        try (Database database = Database.open(file)) {
            Benchmarks bench = new Benchmarks(database);
            long large = bench.sessionTitled(LargeSession.TITLE);
            long example = bench.example();
            bench.open(large, example, rounds);
            bench.saveToScreen(large, example, rounds);
        }
        Path scratch = file.resolveSibling("home-list-1000.db");
        Files.deleteIfExists(scratch);
        try (Database database = Database.open(scratch)) {
            new Benchmarks(database).homeList(1000, rounds);
        }
    }

    private long sessionTitled(String title) {
        return new SessionRepository(database).list().stream().filter(s -> s.title().equals(title))
                .mapToLong(WorkshopSession::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Make the large session first: bench/large-session.sh"));
    }

    /** The example workshop in the same file, so both are opened from a file of the same size. */
    private long example() {
        return new SessionRepository(database).list().stream().filter(s -> s.title().contains("(example)"))
                .mapToLong(WorkshopSession::id).findFirst()
                .orElseGet(() -> new ExampleWorkshop(database, packs, clock).create().id());
    }

    private RunViewModel console(long session) {
        return new RunViewModel(session, runner, new DirectTaskExecutor(), new ScriptedDialogs(), new RecordingNavigator(),
                clock);
    }

    /** What the console does when it opens a session: the run state, the item's answers, the notes, the measures. */
    private void open(long large, long example, int rounds) {
        long firstExample = time(() -> console(example).start());
        long firstLarge = time(() -> console(large).start());
        Map<String, List<Long>> runs = alternate(rounds, List.of(
                Map.entry("example", () -> time(() -> console(example).start())),
                Map.entry("large", () -> time(() -> console(large).start()))));
        report("open the large session in the console, warm", runs.get("large"), "the example workshop", runs.get("example"));
        System.out.printf("  first open in this JVM: large %.1f ms, example %.1f ms%n", firstLarge / 1e6, firstExample / 1e6);
    }

    /** A count saved at a decision point until the console's list of answers holds it, against the commit alone. */
    private void saveToScreen(long large, long example, int rounds) {
        RunViewModel largeConsole = atFirstDecision(large);
        RunViewModel exampleConsole = atFirstDecision(example);
        int[] turn = {0};
        Map<String, List<Long>> runs = alternate(rounds, List.of(
                Map.entry("example", () -> time(() -> hands(exampleConsole, turn[0]++))),
                Map.entry("large", () -> time(() -> hands(largeConsole, turn[0]++))),
                Map.entry("commit", () -> commitOnly(largeConsole, turn[0]++))));
        report("saved count to the console's model, large session", runs.get("large"), "the bare commit of the same save",
                runs.get("commit"));
        report("saved count to the console's model, example workshop", runs.get("example"), "the bare commit of the same save",
                runs.get("commit"));
        System.out.printf("  after the commit (large, median): %.2f ms%n",
                (median(runs.get("large")) - median(runs.get("commit"))) / 1e6);
    }

    private RunViewModel atFirstDecision(long session) {
        RunViewModel console = console(session);
        console.start();
        List<AgendaItem> agenda = console.stateProperty().get().agenda();
        int item = 0;
        while (agenda.get(item).kind() != AgendaItemKind.SCENARIO) {
            item++;
        }
        console.jumpTo(item);
        return console;
    }

    private static void hands(RunViewModel console, int turn) {
        RunState state = console.stateProperty().get();
        Map<String, Integer> counts = new LinkedHashMap<>();
        // Two options, one or two hands each: within any agency's headcount, so the count is never refused.
        List<DecisionOption> options = state.stage().orElseThrow().decision().options();
        counts.put(options.get(0).id(), 1 + turn % 2);
        counts.put(options.get(1).id(), 1 + (turn + 1) % 2);
        int before = console.answers().size();
        console.recordHands(state, state.agencies().get(0).code(), counts);
        if (console.answers().size() == before && before == 0) {
            throw new IllegalStateException("The saved count did not reach the console");
        }
    }

    private long commitOnly(RunViewModel console, int turn) {
        RunState state = console.stateProperty().get();
        String agency = state.agencies().get(1).code();
        List<DecisionOption> options = state.stage().orElseThrow().decision().options();
        List<Response> rows = new ArrayList<>();
        rows.add(Response.hands(state.key(), agency, options.get(0).id(), 1 + turn % 2));
        rows.add(Response.hands(state.key(), agency, options.get(1).id(), 1 + (turn + 1) % 2));
        return time(() -> runner.recordAnswers(state, agency, rows));
    }

    /** The home screen's list with {@code count} workshops, against the one query that reads the workshops alone. */
    private void homeList(int count, int rounds) {
        PackLibrary.LoadedPack pack = packs.defaultPack();
        List<AgendaItem> agenda = DefaultAgenda.from(pack.pack());
        List<SessionAgency> agencies = new ArrayList<>();
        pack.pack().agencies().forEach(a -> agencies.add(new SessionAgency(a.id(), a.name(), 4, 1)));
        database.transaction(() -> {
            for (int i = 0; i < count; i++) {
                long id = catalog.create(SessionDetails.of("Partnership day " + i, LocalDate.of(2020, 1, 1).plusDays(i),
                        "Venue " + i, "")).id();
                planner.saveAgencies(id, agencies);
                planner.saveAgenda(id, agenda);
            }
        });
        SessionRepository sessions = new SessionRepository(database);
        Map<String, List<Long>> runs = alternate(rounds, List.of(
                Map.entry("list", () -> time(() -> check(catalog.list().size(), count))),
                Map.entry("query", () -> time(() -> check(sessions.list().size(), count)))));
        long before = database.requests();
        catalog.list();
        report("home list of " + count + " workshops, with agencies and agendas (goal 100 ms)", runs.get("list"),
                "one query reading the workshops alone", runs.get("query"));
        System.out.println("  store requests per listing: " + (database.requests() - before));
    }

    private static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException(actual + " listed, not " + expected);
        }
    }

    /** Runs each measurement in turn, round after round, after one warm-up round. */
    private static Map<String, List<Long>> alternate(int rounds, List<Map.Entry<String, LongSupplier>> measures) {
        Map<String, List<Long>> runs = new LinkedHashMap<>();
        measures.forEach(m -> m.getValue().getAsLong());
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, LongSupplier> m : measures) {
                runs.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(m.getValue().getAsLong());
            }
        }
        return runs;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static void report(String what, List<Long> runs, String floor, List<Long> floorRuns) {
        double figure = median(runs) / 1e6;
        double base = median(floorRuns) / 1e6;
        System.out.printf("%s: %.1f ms | floor, %s: %.1f ms | ratio %.2f  (medians of %d)%n", what, figure, floor, base,
                figure / base, runs.size());
    }
}
