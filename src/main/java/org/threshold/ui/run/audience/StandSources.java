package org.threshold.ui.run.audience;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.JourneyPlacement;
import org.threshold.domain.ReadinessRating;
import org.threshold.domain.ResponseSource;
import org.threshold.workshop.stand.JourneySpread;
import org.threshold.workshop.stand.StandAnswers;
import org.threshold.workshop.stand.StandResults;

/**
 * How a revealed "Where we stand" figure was answered, in the decision slides' words: "Answers
 * from: show of hands, 5 phones." Only answers the slide shows are counted: a phone, or a typed
 * count, of an agency left out as too small is in no word and no number, so the line can never
 * be set against the grid to find a hidden group. Empty when no shown answer came from a phone.
 */
final class StandSources {
    private StandSources() {
    }

    static String journey(StandAnswers answers, List<DeviceAnswer> phones, DecisionKey key, JourneySpread spread) {
        Set<ResponseSource> typed = EnumSet.noneOf(ResponseSource.class);
        answers.placements().stream().filter(p -> p.source() != ResponseSource.DEVICE && p.count() > 0
                && shown(spread, p.agencyCode())).map(JourneyPlacement::source).forEach(typed::add);
        return PhoneContent.answersFrom(typed, devices(phones, key, (part, agency) -> shown(spread, agency)));
    }

    static String readiness(StandAnswers answers, List<DeviceAnswer> phones, DecisionKey key, StandResults results) {
        BiPredicate<String, String> shown = (statementId, agency) -> results.statements().stream()
                .filter(s -> s.statementId().equals(statementId)).findFirst()
                .map(s -> s.hiddenAgencies() == 0 || s.agencies().stream().anyMatch(a -> a.code().equals(agency)))
                .orElse(false);
        Set<ResponseSource> typed = EnumSet.noneOf(ResponseSource.class);
        answers.ratings().stream().filter(r -> r.source() != ResponseSource.DEVICE && r.count() > 0
                && shown.test(r.statementId(), r.agencyCode())).map(ReadinessRating::source).forEach(typed::add);
        return PhoneContent.answersFrom(typed, devices(phones, key, shown));
    }

    /**
     * With nobody left out, every agency that answered is in a row, alone or combined; otherwise
     * the small ones that answered are hidden and only the rows' own agencies are shown.
     */
    private static boolean shown(JourneySpread spread, String agency) {
        return spread.hiddenAgencies() == 0 || spread.rows().stream().anyMatch(r -> r.code().equals(agency));
    }

    /** Distinct phones with at least one answer to this step that the slide shows. */
    private static int devices(List<DeviceAnswer> phones, DecisionKey key, BiPredicate<String, String> shown) {
        Set<String> devices = new HashSet<>();
        phones.stream().filter(a -> a.key().equals(key) && shown.test(a.part(), a.agencyCode()))
                .map(DeviceAnswer::device).forEach(devices::add);
        return devices.size();
    }
}
