package org.threshold.store;

import java.util.List;
import org.threshold.domain.AgencyCard;

/** Each agency's "what I need you to know about my agency" card. */
public final class AgencyCardRepository {
    private final Database database;

    public AgencyCardRepository(Database database) {
        this.database = database;
    }

    public void save(long sessionId, AgencyCard card) {
        database.write(c -> Jdbc.update(c, "INSERT INTO agency_card (session_id, agency_code, can_share, cannot_share, "
                        + "reach_us) VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, agency_code) DO UPDATE SET "
                        + "can_share = excluded.can_share, cannot_share = excluded.cannot_share, reach_us = excluded.reach_us",
                sessionId, card.agencyCode(), card.canShare(), card.cannotShare(), card.reachUs()));
    }

    public List<AgencyCard> list(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT agency_code, can_share, cannot_share, reach_us FROM agency_card "
                        + "WHERE session_id = ? ORDER BY agency_code",
                row -> new AgencyCard(row.getString("agency_code"), row.getString("can_share"),
                        row.getString("cannot_share"), row.getString("reach_us")), sessionId));
    }
}
