package org.threshold.workshop.summary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threshold.content.PackFormatException;
import org.threshold.content.PackLimits;
import org.threshold.content.PackReader;
import org.threshold.domain.AgencyCard;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.JournalEntry;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Note;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.ConfidenceItem;
import org.threshold.domain.pack.MythItem;
import org.threshold.domain.pack.Pack;
import org.threshold.domain.pack.Scenario;
import org.threshold.report.SessionArchive;

/**
 * An archive is checked whole before anything is written: its saved content with the same
 * reader and rules as any pack, every text against the same length limit as a pack's, and every
 * answer, rating, card and note against that content and the archive's own agencies and agenda,
 * so nothing that is imported can later break a summary or a comparison. Finds every problem,
 * each with its place, up to {@link #MOST_LISTED}.
 */
final class ArchiveCheck {
    static final int MOST_LISTED = 200;

    private final int longestText = PackLimits.DEFAULT.maxStringLength();
    private final List<String> problems = new ArrayList<>();
    private int unlisted;
    /** Content that could not be read is one problem, not one more for every answer that needed it. */
    private boolean contentBroken;

    /** What was found: the first {@link #MOST_LISTED} problems, each with its place, and how many in all. */
    record Found(List<String> listed, int total) {
        boolean none() {
            return total == 0;
        }
    }

    static Found problems(SessionArchive archive) {
        ArchiveCheck check = new ArchiveCheck();
        check.check(archive);
        return new Found(List.copyOf(check.problems), check.problems.size() + check.unlisted);
    }

    private void check(SessionArchive archive) {
        texts("session", archive.session().title(), archive.session().venue(), archive.session().facilitators());
        Optional<Pack> pack = content(archive);
        Set<String> agencies = new HashSet<>();
        for (int i = 0; i < archive.agencies().size(); i++) {
            SessionAgency agency = archive.agencies().get(i);
            String place = "agencies[" + i + "]";
            texts(place, agency.code(), agency.name());
            if (!agencies.add(agency.code())) {
                add(place + ".code", "\u201c" + agency.code() + "\u201d is listed twice");
            }
        }
        Map<Long, AgendaItem> items = agenda(archive.agenda(), pack);
        responses(archive.responses(), items, agencies, pack);
        measures(archive, agencies, pack);
        for (int i = 0; i < archive.notes().size(); i++) {
            Note note = archive.notes().get(i);
            String place = "notes[" + i + "]";
            texts(place, note.text());
            item(place + ".agendaItemId", note.agendaItemId(), items);
            agency(place + ".ownerAgency", note.ownerAgency(), agencies, true);
        }
        for (int i = 0; i < archive.journal().size(); i++) {
            JournalEntry entry = archive.journal().get(i);
            texts("journal[" + i + "]", entry.action(), entry.detail());
        }
        phonesAndStand(archive, items, agencies);
    }

    /** Phones' answers and "Where we stand" name agencies and agenda items of the session, like every other answer. */
    private void phonesAndStand(SessionArchive archive, Map<Long, AgendaItem> items, Set<String> agencies) {
        for (int i = 0; i < archive.phoneAnswers().size(); i++) {
            DeviceAnswer answer = archive.phoneAnswers().get(i);
            String place = "phoneAnswers[" + i + "]";
            texts(place, answer.device(), answer.part(), answer.value(), answer.withWhom(), answer.basis(), answer.text());
            item(place + ".key.agendaItemId", answer.key().agendaItemId(), items);
            agency(place + ".agencyCode", answer.agencyCode(), agencies, false);
        }
        for (int i = 0; i < archive.placements().size(); i++) {
            agency("placements[" + i + "].agencyCode", archive.placements().get(i).agencyCode(), agencies, false);
        }
        for (int i = 0; i < archive.ratings().size(); i++) {
            agency("ratings[" + i + "].agencyCode", archive.ratings().get(i).agencyCode(), agencies, false);
        }
    }

    /** The saved content, read as strictly as any pack; nothing to check answers against when it is absent or broken. */
    private Optional<Pack> content(SessionArchive archive) {
        if (archive.snapshot() == null) {
            return Optional.empty();
        }
        try {
            Pack pack = new PackReader().read(archive.snapshot().packJson().getBytes(StandardCharsets.UTF_8));
            if (!pack.metadata().id().equals(archive.snapshot().packId())) {
                add("snapshot.packId", "does not match the id of the content saved with it");
            }
            return Optional.of(pack);
        } catch (PackFormatException e) {
            contentBroken = true;
            e.lines().forEach(line -> add("snapshot.packJson", line));
            return Optional.empty();
        }
    }

    private Map<Long, AgendaItem> agenda(List<AgendaItem> agenda, Optional<Pack> pack) {
        Map<Long, AgendaItem> items = new HashMap<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            String place = "agenda[" + i + "]";
            texts(place, item.title(), item.contentRef());
            if (items.putIfAbsent(item.id(), item) != null || item.id() == 0) {
                add(place + ".id", item.id() == 0 ? "an agenda item needs an id" : item.id() + " is used twice");
            }
            if (item.kind() == AgendaItemKind.SCENARIO && pack.isPresent()
                    && pack.get().scenario(item.contentRef()).isEmpty()) {
                add(place + ".contentRef", "\u201c" + item.contentRef() + "\u201d is not a scenario in the saved content");
            }
        }
        return items;
    }

    private void responses(List<Response> responses, Map<Long, AgendaItem> items, Set<String> agencies,
                           Optional<Pack> pack) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            String place = "responses[" + i + "]";
            texts(place, r.withWhom(), r.basis(), r.rationale());
            agency(place + ".agencyCode", r.agencyCode(), agencies, false);
            if (!seen.add(r.key() + "/" + r.agencyCode() + "/" + r.tableNo() + "/" + r.optionId())) {
                add(place, "the same answer is listed twice");
            }
            AgendaItem item = items.get(r.key().agendaItemId());
            if (item == null) {
                add(place + ".key.agendaItemId", "refers to agenda item " + r.key().agendaItemId()
                        + ", which is not in the archive");
            } else if (item.kind() == AgendaItemKind.SCENARIO && !contentBroken) {
                option(place, r, pack.flatMap(p -> p.scenario(item.contentRef())));
            }
        }
    }

    private void option(String place, Response r, Optional<Scenario> scenario) {
        if (scenario.isEmpty()) {
            add(place, "answers a scenario the archive has no content for");
        } else if (r.key().stageIndex() >= scenario.get().stages().size()) {
            add(place + ".key.stageIndex", "scenario \u201c" + scenario.get().id() + "\u201d has no stage "
                    + (r.key().stageIndex() + 1));
        } else if (scenario.get().stages().get(r.key().stageIndex()).decision().option(r.optionId()).isEmpty()) {
            add(place + ".optionId", "\u201c" + r.optionId() + "\u201d is not an option at stage "
                    + (r.key().stageIndex() + 1) + " of scenario \u201c" + scenario.get().id() + "\u201d");
        }
    }

    private void measures(SessionArchive archive, Set<String> agencies, Optional<Pack> pack) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < archive.trust().size(); i++) {
            TrustRating t = archive.trust().get(i);
            String place = "trust[" + i + "]";
            texts(place, t.comment());
            agency(place + ".fromAgency", t.fromAgency(), agencies, false);
            agency(place + ".toAgency", t.toAgency(), agencies, false);
            once(seen, place, "trust " + t.phase() + "/" + t.fromAgency() + "/" + t.toAgency());
        }
        Set<String> confidenceItems = new HashSet<>();
        Set<String> mythItems = new HashSet<>();
        pack.ifPresent(p -> {
            p.exercises().confidenceItems().stream().map(ConfidenceItem::id).forEach(confidenceItems::add);
            p.exercises().mythOrFact().stream().map(MythItem::id).forEach(mythItems::add);
        });
        for (int i = 0; i < archive.confidence().size(); i++) {
            ConfidenceRating c = archive.confidence().get(i);
            String place = "confidence[" + i + "]";
            agency(place + ".agencyCode", c.agencyCode(), agencies, false);
            known(place + ".itemId", c.itemId(), confidenceItems, "confidence statement");
            once(seen, place, "confidence " + c.phase() + "/" + c.itemId() + "/" + c.agencyCode() + "/" + c.score());
        }
        for (int i = 0; i < archive.myths().size(); i++) {
            MythAnswer m = archive.myths().get(i);
            String place = "myths[" + i + "]";
            agency(place + ".agencyCode", m.agencyCode(), agencies, false);
            known(place + ".itemId", m.itemId(), mythItems, "myth-or-fact statement");
            once(seen, place, "myth " + m.phase() + "/" + m.itemId() + "/" + m.agencyCode());
        }
        for (int i = 0; i < archive.cards().size(); i++) {
            AgencyCard card = archive.cards().get(i);
            String place = "cards[" + i + "]";
            texts(place, card.canShare(), card.cannotShare(), card.reachUs());
            agency(place + ".agencyCode", card.agencyCode(), agencies, false);
            once(seen, place, "card " + card.agencyCode());
        }
    }

    private void known(String place, String id, Set<String> ids, String what) {
        if (!contentBroken && !ids.contains(id)) {
            add(place, "\u201c" + id + "\u201d is not a " + what + " in the saved content");
        }
    }

    private void once(Set<String> seen, String place, String key) {
        if (!seen.add(key)) {
            add(place, "is listed twice");
        }
    }

    private void item(String place, long id, Map<Long, AgendaItem> items) {
        if (id != 0 && !items.containsKey(id)) {
            add(place, "refers to agenda item " + id + ", which is not in the archive");
        }
    }

    private void agency(String place, String code, Set<String> agencies, boolean mayBeEmpty) {
        if (!(mayBeEmpty && code.isEmpty()) && !agencies.contains(code)) {
            add(place, "\u201c" + code + "\u201d is not one of the session's agencies");
        }
    }

    /** The same limits as a pack's text: no longer than a pack's longest, and whole characters only. */
    private void texts(String place, String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (text.length() > longestText) {
                add(place, "a text is longer than " + longestText + " characters");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(++i)) : !Character.isLowSurrogate(c);
                if (!paired) {
                    add(place, "a text holds half a character (a lone surrogate), which no text may");
                    break;
                }
            }
        }
    }

    private void add(String place, String message) {
        if (problems.size() < MOST_LISTED) {
            problems.add(place + ": " + message);
        } else {
            unlisted++;
        }
    }
}
