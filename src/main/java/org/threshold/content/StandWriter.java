package org.threshold.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.threshold.domain.pack.JourneyStage;
import org.threshold.domain.pack.ReadinessStatement;
import org.threshold.domain.pack.WhereWeStand;

/** Writes the optional "Where we stand" section last in a pack, fields in the documented order. */
final class StandWriter {
    private StandWriter() {
    }

    static void write(ObjectNode root, WhereWeStand section) {
        if (section.equals(WhereWeStand.NONE)) {
            return;
        }
        ObjectNode node = root.putObject(StandMapper.FIELD).put("journeyQuestion", section.journeyQuestion());
        ArrayNode journey = node.putArray("journey");
        for (JourneyStage stage : section.journey()) {
            journey.addObject().put("id", stage.id()).put("title", stage.title()).put("description", stage.description());
        }
        node.put("readinessQuestion", section.readinessQuestion());
        ArrayNode statements = node.putArray("statements");
        for (ReadinessStatement statement : section.statements()) {
            ObjectNode item = statements.addObject().put("id", statement.id()).put("text", statement.text())
                    .put("evidence", statement.evidence());
            optional(item, "area", statement.area());
            optional(item, "reference", statement.reference());
        }
        optional(node, "basedOn", section.basedOn());
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
