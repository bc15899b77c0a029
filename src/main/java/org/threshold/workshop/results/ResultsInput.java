package org.threshold.workshop.results;

import java.util.List;
import org.threshold.domain.AgendaItem;
import org.threshold.domain.ConfidenceRating;
import org.threshold.domain.MythAnswer;
import org.threshold.domain.Response;
import org.threshold.domain.SessionAgency;
import org.threshold.domain.TrustRating;
import org.threshold.domain.pack.Pack;

/**
 * What the analysis reads: a session's recorded data and the content it was run from.
 *
 * @param groupSizes how many people each agency's answers can come from, for suppression
 */
public record ResultsInput(
        Pack pack,
        int anonymityThreshold,
        List<SessionAgency> agencies,
        GroupSizes groupSizes,
        List<AgendaItem> agenda,
        List<Response> responses,
        List<TrustRating> trust,
        List<ConfidenceRating> confidence,
        List<MythAnswer> myths) {

    /** Group sizes from the planned headcounts. */
    public ResultsInput(Pack pack, int anonymityThreshold, List<SessionAgency> agencies, List<AgendaItem> agenda,
                        List<Response> responses, List<TrustRating> trust, List<ConfidenceRating> confidence,
                        List<MythAnswer> myths) {
        this(pack, anonymityThreshold, agencies, GroupSizes.headcounts(agencies), agenda, responses, trust,
                confidence, myths);
    }

    public ResultsInput {
        agencies = List.copyOf(agencies);
        agenda = List.copyOf(agenda);
        responses = List.copyOf(responses);
        trust = List.copyOf(trust);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
    }
}
