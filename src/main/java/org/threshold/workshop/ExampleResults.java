package org.threshold.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.BasisChoices;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.MeasurePhase;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.NoteKind;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.BasisLayer;
import org.threshold.domain.pack.BasisLayerKind;
import org.threshold.domain.pack.Decision;
import org.threshold.domain.pack.DecisionOption;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.OptionKind;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.domain.pack.Stage;
import org.threshold.store.AgencyCardRepository;
import org.threshold.store.ConfidenceRepository;
import org.threshold.store.Database;
import org.threshold.store.MythAnswerRepository;
import org.threshold.store.NoteRepository;
import org.threshold.store.ResponseRepository;
import org.threshold.store.TrustRepository;

/** The answers, ratings and notes of the example workshop: plausible, varied, and fictional. */
final class ExampleResults {
    private final Database database;
    private final long sessionId;
    private final Pack pack;
    private final List<SessionAgency> agencies;
    private final Random random;

    ExampleResults(Database database, long sessionId, Pack pack, List<SessionAgency> agencies, Random random) {
        this.database = database;
        this.sessionId = sessionId;
        this.pack = pack;
        this.agencies = agencies;
        this.random = random;
    }

    void record(List<AgendaItem> agenda) {
        boolean tables = false;
        for (AgendaItem item : agenda) {
            if (item.kind() == AgendaItemKind.SCENARIO) {
                Scenario scenario = pack.scenario(item.contentRef()).orElseThrow();
                recordDecisions(item, scenario, tables, item.endedAt());
                tables = !tables;
            }
        }
        recordTrust();
        recordConfidence();
        recordMyths();
        recordCards();
        recordNotes(agenda);
    }

    /**
     * Agencies that hold the statutory safeguarding lead tend to share earlier; health and the
     * voluntary sector hold back longer. That spread is what makes a debrief worth having.
     */
    private double eagerness(String agency) {
        return switch (agency) {
            case "police", "childrens-social-care" -> 0.35;
            case "education", "housing" -> 0.15;
            case "health", "voluntary-sector" -> -0.15;
            default -> 0.0;
        };
    }

    private void recordDecisions(AgendaItem item, Scenario scenario, boolean asTables, Instant at) {
        ResponseRepository responses = new ResponseRepository(database);
        for (int s = 0; s < scenario.stages().size(); s++) {
            Stage stage = scenario.stages().get(s);
            DecisionKey key = new DecisionKey(item.id(), s);
            double progress = scenario.stages().size() == 1 ? 1 : (double) s / (scenario.stages().size() - 1);
            for (SessionAgency agency : agencies) {
                double shareLean = progress * 0.9 + eagerness(agency.code()) - 0.2;
                List<Response> answers = asTables
                        ? List.of(tableDecision(key, agency, stage.decision(), shareLean))
                        : showOfHands(key, agency, stage.decision(), shareLean);
                responses.replaceAgencyAnswers(sessionId, key, agency.code(), answers, at);
            }
        }
    }

    private List<Response> showOfHands(DecisionKey key, SessionAgency agency, Decision decision, double shareLean) {
        int[] counts = new int[decision.options().size()];
        for (int person = 0; person < agency.headcount(); person++) {
            counts[decision.options().indexOf(pick(decision, shareLean + random.nextGaussian() * 0.25))]++;
        }
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                answers.add(Response.hands(key, agency.code(), decision.options().get(i).id(), counts[i]));
            }
        }
        return answers;
    }

    private Response tableDecision(DecisionKey key, SessionAgency agency, Decision decision, double shareLean) {
        DecisionOption option = pick(decision, shareLean);
        String withWhom = option.kind() == OptionKind.SHARE && !decision.withWhom().isEmpty()
                ? decision.withWhom().get(random.nextInt(decision.withWhom().size())) : "";
        String basis = option.kind() == OptionKind.SHARE || option.kind() == OptionKind.SEEK_CONSENT
                ? bases(decision).stored() : "";
        String rationale = switch (option.kind()) {
            case SHARE -> "Together with what we already hold this now meets our threshold.";
            case WITHHOLD -> "On its own this is below our threshold; we record it and keep watching.";
            case SEEK_ADVICE -> "We would ring our safeguarding lead before deciding.";
            case SEEK_CONSENT -> "We would talk to the person first; nothing suggests that would put anyone at risk.";
        };
        return new Response(key, agency.code(), 1, option.id(), agency.headcount(), ResponseSource.TABLE_DECISION,
                withWhom, basis, 2 + random.nextInt(4), rationale);
    }

    /**
     * What a table would name at each layer: most follow the debrief's answer, some pick another
     * choice, so the summary shows the room's spread; a layer the debrief leaves out is often left blank.
     */
    private BasisChoices bases(Decision decision) {
        Map<BasisLayerKind, String> picks = new EnumMap<>(BasisLayerKind.class);
        for (BasisLayer layer : pack.basisLayers()) {
            List<String> expected = decision.guidance().bases().getOrDefault(layer.kind(), List.of());
            if (!expected.isEmpty() && random.nextInt(4) > 0) {
                picks.put(layer.kind(), expected.get(0));
            } else if (random.nextInt(3) == 0) {
                picks.put(layer.kind(), layer.choices().get(random.nextInt(layer.choices().size())).id());
            }
        }
        return new BasisChoices(picks);
    }

    private DecisionOption pick(Decision decision, double lean) {
        OptionKind wanted = lean > 0.45 ? OptionKind.SHARE : lean > 0.2 ? OptionKind.SEEK_ADVICE
                : lean > 0.05 ? OptionKind.SEEK_CONSENT : OptionKind.WITHHOLD;
        return decision.options().stream().filter(o -> o.kind() == wanted).findFirst()
                .orElse(decision.options().get(0));
    }

    private void recordTrust() {
        TrustRepository trust = new TrustRepository(database);
        for (SessionAgency from : agencies) {
            for (SessionAgency to : agencies) {
                if (from.code().equals(to.code())) {
                    continue;
                }
                int before = clamp(2 + random.nextInt(3) - (to.code().equals("police") && from.code().equals("health") ? 1 : 0));
                int after = clamp(before + (random.nextInt(10) < 6 ? 1 : 0));
                // Some pairs have never worked together: after a day in one room, most of them have.
                boolean strangers = random.nextInt(9) == 0;
                trust.save(sessionId, new TrustRating(MeasurePhase.BASELINE, from.code(), to.code(),
                        strangers ? TrustRating.DONT_KNOW : before, from.headcount(), ""));
                trust.save(sessionId, new TrustRating(MeasurePhase.FOLLOW_UP, from.code(), to.code(),
                        strangers && random.nextBoolean() ? TrustRating.DONT_KNOW : after, from.headcount(),
                        after > before ? "Knowing who to ring helped" : ""));
            }
        }
    }

    private void recordConfidence() {
        ConfidenceRepository confidence = new ConfidenceRepository(database);
        for (ConfidenceItem item : pack.exercises().confidenceItems()) {
            for (SessionAgency agency : agencies) {
                for (MeasurePhase phase : MeasurePhase.values()) {
                    int[] counts = new int[6];
                    for (int person = 0; person < agency.headcount(); person++) {
                        counts[clamp(2 + random.nextInt(3) + (phase == MeasurePhase.FOLLOW_UP ? random.nextInt(2) : 0))]++;
                    }
                    List<ConfidenceRating> ratings = new ArrayList<>();
                    for (int score = 1; score <= 5; score++) {
                        ratings.add(new ConfidenceRating(phase, item.id(), agency.code(), score, counts[score]));
                    }
                    confidence.replace(sessionId, phase, item.id(), agency.code(), ratings);
                }
            }
        }
    }

    private void recordMyths() {
        MythAnswerRepository myths = new MythAnswerRepository(database);
        for (MeasurePhase phase : MeasurePhase.values()) {
            for (MythItem item : pack.exercises().mythOrFact()) {
                for (SessionAgency agency : agencies) {
                    int people = agency.headcount();
                    int learned = phase == MeasurePhase.FOLLOW_UP ? random.nextInt(people / 2 + 2) : 0;
                    int right = Math.min(people, people / 3 + random.nextInt(people / 2 + 1) + learned);
                    int wrong = people - right;
                    myths.save(sessionId, item.isMyth() ? new MythAnswer(phase, item.id(), agency.code(), right, wrong)
                            : new MythAnswer(phase, item.id(), agency.code(), wrong, right));
                }
            }
        }
    }

    private void recordCards() {
        AgencyCardRepository cards = new AgencyCardRepository(database);
        cards.save(sessionId, new AgencyCard("housing",
                "Tenancy concerns, repairs access refused, rent arrears that suggest a change in circumstances.",
                "Other tenants' details; anything given to us in confidence about a neighbour without a safeguarding reason.",
                "Tenancy sustainment team, weekday mornings; ask for the duty officer."));
        cards.save(sessionId, new AgencyCard("health",
                "Safeguarding concerns through our named nurse; facts relevant to a strategy meeting.",
                "Whole records or diagnoses unrelated to the risk; we share the minimum necessary.",
                "The safeguarding team's shared inbox; urgent matters through the hospital switchboard."));
        cards.save(sessionId, new AgencyCard("education",
                "Attendance patterns, changes in presentation, what the child has said to us.",
                "Information about siblings at other schools without going through their school.",
                "The designated safeguarding lead at each school, named on the school website."));
    }

    private void recordNotes(List<AgendaItem> agenda) {
        NoteRepository notes = new NoteRepository(database);
        long first = agenda.stream().filter(i -> i.kind() == AgendaItemKind.SCENARIO).findFirst().map(AgendaItem::id).orElse(0L);
        Instant at = agenda.get(agenda.size() - 1).startedAt();
        List<Note> list = List.of(
                new Note(0, first, NoteKind.DISCUSSION, "Each agency saw one small thing; nobody saw the pattern until stage 3.", "", at),
                new Note(0, first, NoteKind.DISCUSSION, "Schools were unsure whether they may tell the GP practice about attendance.", "", at),
                new Note(0, first, NoteKind.KEY_POINT, "Recording a decision not to share matters as much as recording a share.", "", at),
                new Note(0, first, NoteKind.KEY_POINT, "Consent is not the only lawful basis, and often not the right one for safeguarding.", "", at),
                new Note(0, 0, NoteKind.ACTION, "Circulate the named safeguarding contacts for each agency.", "childrens-social-care", at),
                new Note(0, 0, NoteKind.ACTION, "Add the information sharing agreement to the induction pack for new staff.", "health", at),
                new Note(0, 0, NoteKind.ACTION, "Offer a follow-up session on thresholds for housing officers.", "housing", at),
                new Note(0, 0, NoteKind.BARRIER, "Fear of being blamed for sharing too much.", "", at),
                new Note(0, 0, NoteKind.BARRIER, "Not knowing who to ring in another agency.", "", at),
                new Note(0, 0, NoteKind.BARRIER, "Different thresholds in each agency's policy.", "", at),
                new Note(0, 0, NoteKind.PARKING_LOT, "How does the 2024 advice apply to young people aged 18 to 25 leaving care?", "", at));
        list.forEach(note -> notes.add(sessionId, note));
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
