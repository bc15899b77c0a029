package org.threshold.room;

import java.util.concurrent.atomic.AtomicLong;
import org.threshold.workshop.phones.RoomQuestion;

/** What the server is serving: which session, the question on now, and a version that moves whenever phones should look again. */
final class RoomNow {
    private final long sessionId;
    private final AtomicLong version = new AtomicLong(1);
    private volatile RoomQuestion question = RoomQuestion.NOTHING;

    RoomNow(long sessionId) {
        this.sessionId = sessionId;
    }

    long sessionId() {
        return sessionId;
    }

    RoomQuestion question() {
        return question;
    }

    long version() {
        return version.get();
    }

    /** @return the new version */
    long show(RoomQuestion next) {
        question = next;
        return version.incrementAndGet();
    }

    long touch() {
        return version.incrementAndGet();
    }
}
