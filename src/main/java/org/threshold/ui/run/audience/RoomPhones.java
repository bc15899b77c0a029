package org.threshold.ui.run.audience;

import java.util.List;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;

/**
 * What phones in the room add to the projector: how to join, which question they may answer now,
 * and what they have answered. {@link #NONE} when phones are not in use.
 *
 * @param address the short address to type, such as "192.168.137.1:8080"
 * @param joinUrl what the QR code opens
 * @param asking  the step phones may answer now, or null when they may not (none asked, or closed)
 * @param answers every answer given on a phone in this session, for the results and the open answers
 */
public record RoomPhones(boolean on, String address, String joinUrl, String code, DecisionKey asking,
                         List<DeviceAnswer> answers) {
    public static final RoomPhones NONE = new RoomPhones(false, "", "", "", null, List.of());

    public RoomPhones {
        answers = List.copyOf(answers);
    }
}
