package org.threshold.workshop.stand;

import java.time.Instant;
import java.time.LocalDate;
import org.threshold.domain.ActionReview;
import org.threshold.domain.ActionStatus;
import org.threshold.domain.Note;
import org.threshold.domain.WorkshopSession;

/**
 * An action from the partnership's earlier workshop, as the next one's plan shows it.
 *
 * @param status what became of it, or null while nobody has said
 */
public record CarriedAction(String fromSessionUid, String fromTitle, LocalDate fromDate, Instant createdAt,
                            String text, String ownerAgency, String statementId, LocalDate due, ActionStatus status) {

    static CarriedAction of(WorkshopSession from, Note action, ActionStatus status) {
        return new CarriedAction(from.uid(), from.title(), from.date(), action.createdAt(), action.text(),
                action.ownerAgency(), action.statementId(), action.due(), status);
    }

    static CarriedAction of(ActionReview review) {
        return new CarriedAction(review.fromSessionUid(), review.fromTitle(), review.fromDate(),
                review.actionCreatedAt(), review.text(), review.ownerAgency(), review.statementId(), review.due(),
                review.status());
    }

    public boolean reported() {
        return status != null;
    }

    ActionReview review(ActionStatus newStatus) {
        return new ActionReview(fromSessionUid, fromTitle, fromDate, createdAt, text, ownerAgency, statementId, due,
                newStatus);
    }
}
