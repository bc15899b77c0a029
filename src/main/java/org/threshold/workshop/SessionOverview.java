package org.threshold.workshop;

import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.WorkshopSession;

/** A session with what the home screen and its details panel show about it. */
public record SessionOverview(WorkshopSession session, List<SessionAgency> agencies, List<AgendaItem> agenda) {
    public SessionOverview {
        agencies = List.copyOf(agencies);
        agenda = List.copyOf(agenda);
    }

    public int participants() {
        return agencies.stream().mapToInt(SessionAgency::headcount).sum();
    }

    /** "Item 4 of 12: Quiet concerns" - where a resumed session will pick up. */
    public String whereItStopped() {
        if (agenda.isEmpty()) {
            return "No agenda yet";
        }
        int index = Math.min(session.position().itemIndex(), agenda.size() - 1);
        return "Item " + (index + 1) + " of " + agenda.size() + ": " + agenda.get(index).title();
    }
}
