package org.threshold.workshop.results;

import java.util.List;
import java.util.Map;
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
 * @param measuresPhoneOnly the agencies that answered the trust, confidence and myth-or-fact
 *                          measures on phones only, with how many distinct phones did: their
 *                          group size for those figures (docs/anonymity.md)
 */
public record ResultsInput(
        Pack pack,
        int anonymityThreshold,
        List<SessionAgency> agencies,
        Map<String, Integer> measuresPhoneOnly,
        List<AgendaItem> agenda,
        List<Response> responses,
        List<TrustRating> trust,
        List<ConfidenceRating> confidence,
        List<MythAnswer> myths) {

    /** Answers typed only. */
    public ResultsInput(Pack pack, int anonymityThreshold, List<SessionAgency> agencies, List<AgendaItem> agenda,
                        List<Response> responses, List<TrustRating> trust, List<ConfidenceRating> confidence,
                        List<MythAnswer> myths) {
        this(pack, anonymityThreshold, agencies, Map.of(), agenda, responses, trust,
                confidence, myths);
    }

    public ResultsInput {
        agencies = List.copyOf(agencies);
        measuresPhoneOnly = Map.copyOf(measuresPhoneOnly);
        agenda = List.copyOf(agenda);
        responses = List.copyOf(responses);
        trust = List.copyOf(trust);
        confidence = List.copyOf(confidence);
        myths = List.copyOf(myths);
    }
}
