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
 * @param status    what became of it, or null while nobody has said
 * @param earlierHere whether the earlier workshop is in this database; when it is not, the review
 *                    itself is the only record of the action, so its status can change but not be taken back
 */
public record CarriedAction(String fromSessionUid, String fromTitle, LocalDate fromDate, Instant createdAt,
                            String text, String ownerAgency, String statementId, LocalDate due, ActionStatus status,
                            boolean earlierHere) {

    static CarriedAction of(WorkshopSession from, Note action, ActionStatus status) {
        return new CarriedAction(from.uid(), from.title(), from.date(), action.createdAt(), action.text(),
                action.ownerAgency(), action.statementId(), action.due(), status, true);
    }

    static CarriedAction of(ActionReview review) {
        return new CarriedAction(review.fromSessionUid(), review.fromTitle(), review.fromDate(),
                review.actionCreatedAt(), review.text(), review.ownerAgency(), review.statementId(), review.due(),
                review.status(), false);
    }

    public boolean reported() {
        return status != null;
    }

    ActionReview review(ActionStatus newStatus) {
        return new ActionReview(fromSessionUid, fromTitle, fromDate, createdAt, text, ownerAgency, statementId, due,
                newStatus);
    }
}
