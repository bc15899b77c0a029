import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.AgendaPosition;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.SessionDetails;
import org.threshold.domain.WorkshopSession;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.PackMetadata;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.store.Database;
import org.threshold.store.PackRepository;
import org.threshold.workshop.PackLibrary;
import org.threshold.workshop.SessionCatalog;
import org.threshold.workshop.SessionPlanner;
import org.threshold.workshop.run.MeasuresRunner;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.run.WorkshopRunner;

/**
 * Makes the large session with the app's own planner, runner and repositories: 12 agencies,
 * 40 decision points (10 scenarios of 4 stages), 300 people at 120 tables, about 20,000 response
 * rows (each table's count for every option, with its reasons), 1,000 notes, trust, confidence
 * and myth-or-fact before and after. Fixed seed: the same session every time.
 * Usage: LargeSession DATABASE [COPIES]  (COPIES large sessions in the one file, default 1)
 */
public final class LargeSession {
    static final String TITLE = "County-wide partnership day (large benchmark session)";
    private static final int TABLES = 10;
    private static final int HEADCOUNT = 25;
    private static final String[][] EXTRA_AGENCIES = {{"fire-and-rescue", "Fire and rescue"},
            {"ambulance", "Ambulance service"}, {"mental-health", "Mental health trust"}, {"youth-justice", "Youth justice"}};
    private static final String[] WHY = {"we already hold a concern about the same household",
            "the risk is to a child and it is escalating", "nothing yet suggests harm, only worry",
            "our policy asks for a manager's view first", "the person has capacity and has asked us not to",
            "we would want to hear the person's own account", "the information came to us in confidence",
            "the picture only makes sense with what the school knows", "a strategy discussion is the right place",
            "delay could put someone at risk tonight", "we are not sure which lawful basis applies",
            "the GP may already know and be acting", "we would record the decision and the reason either way"};
    private static final String[] NOTE_TOPICS = {"thresholds differ between our policies", "who to ring out of hours",
            "consent versus public task", "recording a decision not to share", "what the MASH does with a referral",
            "young people aged 16 and 17", "adults who decline support", "sharing with the voluntary sector",
            "feedback after a referral", "fear of getting it wrong"};

    private LargeSession() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Clock clock = Clock.systemDefaultZone();
        try (Database database = Database.open(file)) {
            PackLibrary packs = new PackLibrary(new PackRepository(database), clock);
            SessionPlanner planner = new SessionPlanner(database, packs, clock);
            WorkshopRunner runner = new WorkshopRunner(database, planner, clock);
            SessionCatalog catalog = new SessionCatalog(database, clock);
            PackLibrary.LoadedPack pack = packs.importPack(tenScenarios(packs.defaultPack().pack()), true);
            for (int copy = 0; copy < copies; copy++) {
                Random random = new Random(14 + copy);
                // One transaction: one sync to disk instead of thousands.
                long id = database.transaction(() -> create(catalog, planner, runner, pack, random));
                System.out.println(id);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled pack's four-stage scenarios, and copies of the first few, to make 10 of 4 stages. */
    static Pack tenScenarios(Pack bundled) {
        List<Scenario> four = bundled.scenarios().stream().filter(s -> s.stages().size() == 4).toList();
        List<Scenario> scenarios = new ArrayList<>(four);
        for (int i = 0; scenarios.size() < 10; i++) {
            Scenario s = four.get(i % four.size());
            scenarios.add(new Scenario(s.id() + "-second-site", s.title() + " (second site)", s.summary(), s.themes(),
                    s.ageGroup(), s.stages(), s.debriefQuestions(), s.modelAnswer()));
        }
        PackMetadata m = bundled.metadata();
        return new Pack(new PackMetadata("benchmark-large", "Benchmark: ten scenarios", m.version(), m.jurisdiction(),
                m.guidanceVersions(), m.authors(), m.licence(), m.description(), m.lawCheckedOn()), bundled.agencies(),
                bundled.basisLayers(),
                bundled.references(), scenarios, bundled.exercises());
    }

    private static long create(SessionCatalog catalog, SessionPlanner planner, WorkshopRunner runner,
                               PackLibrary.LoadedPack pack, Random random) {
        WorkshopSession session = catalog.create(new SessionDetails(TITLE, LocalDate.of(2026, 11, 20),
                "County Hall, Council Chamber", "Partnership training team", 420, WorkshopSession.DEFAULT_ANONYMITY_THRESHOLD));
        long id = session.id();
        planner.load(id);
        planner.usePack(id, pack);
        List<SessionAgency> agencies = new ArrayList<>();
        pack.pack().agencies().forEach(a -> agencies.add(new SessionAgency(a.id(), a.name(), HEADCOUNT, TABLES)));
        for (String[] extra : EXTRA_AGENCIES) {
            agencies.add(new SessionAgency(extra[0], extra[1], HEADCOUNT, TABLES));
        }
        planner.saveAgencies(id, agencies);
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(AgendaItem.planned(AgendaItemKind.WELCOME, "Welcome and ground rules", "", 15));
        agenda.add(AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we start", "BASELINE", 15));
        agenda.add(AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence check: before", "BASELINE", 10));
        pack.pack().scenarios().forEach(s -> agenda.add(AgendaItem.planned(AgendaItemKind.SCENARIO, s.title(), s.id(), 30)));
        agenda.add(AgendaItem.planned(AgendaItemKind.QUIZ, "Myth or fact", "", 20));
        agenda.add(AgendaItem.planned(AgendaItemKind.TRUST_EXERCISE, "Trust grid: where we finish", "FOLLOW_UP", 10));
        agenda.add(AgendaItem.planned(AgendaItemKind.CONFIDENCE_CHECK, "Confidence check: after", "FOLLOW_UP", 10));
        agenda.add(AgendaItem.planned(AgendaItemKind.CLOSE, "Commitments and close", "", 15));
        planner.saveAgenda(id, agenda);

        RunState state = runner.start(id);
        measures(runner.measures(), id, agencies, pack.pack(), random);
        int notes = 0;
        RunState last = state;
        for (int i = 0; i < state.agenda().size(); i++) {
            AgendaItem item = state.agenda().get(i);
            if (item.kind() != AgendaItemKind.SCENARIO) {
                continue;
            }
            Scenario scenario = pack.pack().scenario(item.contentRef()).orElseThrow();
            for (int s = 0; s < scenario.stages().size(); s++) {
                last = state.at(new AgendaPosition(i, s));
                for (SessionAgency agency : agencies) {
                    runner.recordAnswers(last, agency.code(), tables(last, agency, scenario.stages().get(s), s, random));
                }
            }
            // A hundred notes an item: debrief points in the room, and the learning, actions and barriers named.
            for (int n = 0; n < 100; n++, notes++) {
                NoteKind kind = NoteKind.values()[n % NoteKind.values().length];
                String owner = kind == NoteKind.ACTION ? agencies.get(n % agencies.size()).code() : "";
                runner.addNote(last, new Note(0, item.id(), kind, note(kind, random), owner, java.time.Instant.now()));
            }
        }
        // Left where the facilitator was, through the runner's own moves (each journalled).
        RunState at = runner.jumpTo(state, last.position().itemIndex());
        while (at.position().stageIndex() < last.position().stageIndex()) {
            at = runner.next(at);
        }
        return id;
    }

    /** Each of the agency's tables gives its count for every option, and its reason for each option it chose. */
    private static List<Response> tables(RunState at, SessionAgency agency, Stage stage, int stageIndex, Random random) {
        List<DecisionOption> options = stage.decision().options();
        List<Response> rows = new ArrayList<>();
        for (int table = 1; table <= TABLES; table++) {
            int people = table <= HEADCOUNT % TABLES ? HEADCOUNT / TABLES + 1 : HEADCOUNT / TABLES;
            int[] counts = new int[options.size()];
            for (int p = 0; p < people; p++) {
                double lean = stageIndex / 3.0 + random.nextGaussian() * 0.35;
                counts[Math.max(0, Math.min(options.size() - 1, (int) Math.round(lean * (options.size() - 1))))]++;
            }
            for (int o = 0; o < options.size(); o++) {
                String reason = counts[o] == 0 ? "" : reason(random);
                rows.add(new Response(at.key(), agency.code(), table, options.get(o).id(), counts[o],
                        ResponseSource.TABLE_DECISION, "", "", counts[o] == 0 ? 0 : 1 + random.nextInt(5), reason));
            }
        }
        return rows;
    }

    private static String reason(Random random) {
        StringBuilder text = new StringBuilder("We chose this because ").append(WHY[random.nextInt(WHY.length)]);
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            text.append(extra == 1 ? ", and " : "; also, ").append(WHY[random.nextInt(WHY.length)]);
        }
        return text.append('.').toString();
    }

    private static String note(NoteKind kind, Random random) {
        String topic = NOTE_TOPICS[random.nextInt(NOTE_TOPICS.length)];
        return switch (kind) {
            case ACTION -> "Write a one-page guide on " + topic + " and share it with every team";
            case BARRIER -> "Uncertainty about " + topic + " holds practitioners back";
            case PARKING_LOT -> "Follow up: " + topic + "?";
            case KEY_POINT -> "The room agreed that " + topic + " needs a shared answer";
            default -> "Discussion about " + topic + ": " + reason(random).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void measures(MeasuresRunner measures, long id, List<SessionAgency> agencies, Pack pack, Random random) {
        for (MeasurePhase phase : MeasurePhase.values()) {
            int lift = phase == MeasurePhase.FOLLOW_UP ? 1 : 0;
            for (SessionAgency from : agencies) {
                for (SessionAgency to : agencies) {
                    if (!from.code().equals(to.code())) {
                        measures.rateTrust(id, agencies, phase, from.code(), to.code(),
                                Math.min(5, 2 + random.nextInt(3) + lift));
                    }
                }
                for (ConfidenceItem item : pack.exercises().confidenceItems()) {
                    List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
                    for (int p = 0; p < HEADCOUNT; p++) {
                        int score = Math.min(5, 1 + random.nextInt(4) + lift);
                        counts.set(score - 1, counts.get(score - 1) + 1);
                    }
                    measures.recordConfidence(id, phase, item.id(), from.code(), counts);
                }
            }
        }
        for (MeasurePhase phase : MeasurePhase.values()) {
            for (MythItem item : pack.exercises().mythOrFact()) {
                for (SessionAgency agency : agencies) {
                    int right = Math.min(HEADCOUNT, 10 + random.nextInt(HEADCOUNT - 9) + (phase == MeasurePhase.FOLLOW_UP ? 3 : 0));
                    measures.recordMyth(id, item.isMyth()
                            ? new MythAnswer(phase, item.id(), agency.code(), right, HEADCOUNT - right)
                            : new MythAnswer(phase, item.id(), agency.code(), HEADCOUNT - right, right));
                }
            }
        }
        for (SessionAgency agency : agencies) {
            measures.saveCard(id, new AgencyCard(agency.code(), "Concerns about risk to a child or an adult at risk.",
                    "Whole records unrelated to the concern.", "The duty desk of " + agency.name() + ", weekdays 9 to 5."));
        }
    }
}
