package org.threshold.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.AgendaItemKind;
import org.threshold.store.TemplateRepository;

/** Agendas saved by name, so a partnership that runs the same day at several sites plans it once. */
public final class AgendaTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NAME_LENGTH = 80;

    private final TemplateRepository templates;
    private final Clock clock;

    public AgendaTemplates(TemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** One agenda line as a template keeps it: what it is and how long, never when it ran. */
    record Line(AgendaItemKind kind, String title, String contentRef, int minutes) {
    }

    public List<String> names() {
        return templates.list().stream().map(TemplateRepository.Template::name).toList();
    }

    /** Saves (or replaces) a template under a name the facilitator chose. */
    public void save(String name, List<AgendaItem> agenda) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Give the template a name of up to " + MAX_NAME_LENGTH + " characters.");
        }
        List<Line> lines = agenda.stream()
                .map(i -> new Line(i.kind(), i.title(), i.contentRef(), i.plannedMinutes())).toList();
        try {
            templates.save(trimmed, JSON.writeValueAsString(lines), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The agenda could not be saved as a template.", e);
        }
    }

    /** The template's items, not yet stored: the planner saves them as the session's agenda. */
    public List<AgendaItem> load(String name) {
        String json = templates.list().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no agenda template called \u201c" + name + "\u201d."))
                .json();
        try {
            List<Line> lines = JSON.readValue(json, new TypeReference<List<Line>>() { });
            return lines.stream().map(l -> AgendaItem.planned(l.kind(), l.title(), l.contentRef(), l.minutes())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The agenda template \u201c" + name + "\u201d could not be read.", e);
        }
    }
}
