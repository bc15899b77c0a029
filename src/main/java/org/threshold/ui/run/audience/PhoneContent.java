package org.threshold.ui.run.audience;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.threshold.domain.AgendaItemKind;
import org.threshold.domain.DecisionKey;
import org.threshold.domain.DeviceAnswer;
import org.threshold.domain.Response;
import org.threshold.domain.ResponseSource;
import org.threshold.domain.pack.MythItem;
import org.threshold.ui.run.audience.SlideBlock.CloudWord;
import org.threshold.workshop.phones.DeviceTally;
import org.threshold.workshop.results.DecisionResult;
import org.threshold.workshop.results.Suppression;
import org.threshold.workshop.phones.WordCloud;
import org.threshold.workshop.run.Measures;
import org.threshold.workshop.run.RunState;
import org.threshold.workshop.stand.StandAnswers;

/**
 * What phones in the room add to the projector: their answers counted with the typed ones (each
 * phone one person), the way to join on the welcome slide and in a corner while they may answer,
 * where revealed results came from, and an open question's approved answers.
 */
final class PhoneContent {
    static final int CLOUD_WORDS = 30;

    private PhoneContent() {
    }

    /** The decisions typed and given on phones, as one list for the results. */
    static List<Response> answers(AudienceInput input) {
        if (input.phones().answers().isEmpty()) {
            return input.answers();
        }
        return new DeviceTally(input.state().agenda()).withDevices(input.answers(), input.phones().answers());
    }

    static Measures measures(AudienceInput input) {
        return new DeviceTally(input.state().agenda()).withDevices(input.measures(), input.phones().answers(),
                input.state().pack().exercises().mythOrFact().stream().map(MythItem::id).toList());
    }

    /** "Where we stand" as typed and given on phones; the analysis narrows an agency that answered on phones alone. */
    static StandAnswers stand(AudienceInput input) {
        return new DeviceTally(input.state().agenda()).withDevices(input.stand(), input.phones().answers());
    }

    /** The rule for the trust, confidence and myth-or-fact figures, narrowed where an agency answered them by phone only. */
    static Suppression measureSuppression(AudienceInput input, Suppression byHeadcount) {
        return byHeadcount.narrowedTo(new DeviceTally(input.state().agenda())
                .measuresPhoneOnly(input.measures(), input.phones().answers()));
    }

    /** The slide with what phones add: the join details beside the welcome, the badge while they may answer. */
    static AudienceSlide decorate(AudienceSlide slide, AudienceInput input) {
        RoomPhones phones = input.phones();
        RunState state = input.state();
        if (!phones.on()) {
            return slide;
        }
        AudienceSlide shown = slide;
        if (state.item().kind() == AgendaItemKind.WELCOME) {
            List<SlideBlock> blocks = new ArrayList<>(slide.blocks());
            blocks.add(new SlideBlock.Join("Answer on your phone", phones.joinUrl() + "#join=" + phones.code(),
                    phones.address(), "Code " + phones.code()));
            shown = new AudienceSlide(slide.kicker(), slide.heading(), blocks);
        }
        return state.key().equals(phones.asking())
                ? shown.withBadge("Answer on your phone: " + phones.address() + "   Code " + phones.code()) : shown;
    }

    /**
     * "Answers from: show of hands, 6 phones.": said under revealed results that phones answered.
     * Only the agencies the chart shows count, so the line never gives away a hidden group's phones.
     */
    static String sources(AudienceInput input, DecisionResult result) {
        DecisionKey key = input.state().key();
        Predicate<String> shown = agency -> result.hiddenAgencies() == 0
                || result.agencies().stream().anyMatch(a -> a.code().equals(agency));
        long onPhones = input.phones().answers().stream().filter(a -> a.key().equals(key) && shown.test(a.agencyCode()))
                .map(DeviceAnswer::device).distinct().count();
        Set<ResponseSource> typed = EnumSet.noneOf(ResponseSource.class);
        input.answers().stream().filter(r -> r.key().equals(key) && r.count() > 0 && shown.test(r.agencyCode()))
                .map(Response::source).forEach(typed::add);
        return answersFrom(typed, onPhones);
    }

    /** "Answers from: show of hands, 6 phones.", the typed ways in their usual order; empty when no phone answered. */
    static String answersFrom(Set<ResponseSource> typed, long onPhones) {
        if (onPhones == 0) {
            return "";
        }
        List<String> words = new ArrayList<>();
        typed.stream().sorted().forEach(source -> words.add(source.label().toLowerCase(Locale.UK)));
        words.add(onPhones == 1 ? "1 phone" : onPhones + " phones");
        return "Answers from: " + String.join(", ", words) + ".";
    }

    /**
     * An open question: the question while the room answers; once revealed, only the answers the
     * facilitator approved, as a word cloud and as given. Waiting and hidden answers never show.
     */
    static AudienceSlide openQuestion(AudienceInput input) {
        RunState state = input.state();
        SlideText slide = new SlideText("Open question", state.item().title());
        if (!state.isRevealed()) {
            long given = input.phones().answers().stream().filter(a -> a.key().equals(state.key())).count();
            return slide.body(input.phones().on() ? "Answer on your phone. " + (given == 1 ? "1 answer" : given
                    + " answers") + " so far." : "Talk it over at your table.").slide();
        }
        List<String> approved = DeviceTally.approved(input.phones().answers(), state.item().id());
        if (approved.isEmpty()) {
            return slide.note("No answers to show yet.").slide();
        }
        List<CloudWord> cloud = WordCloud.of(approved, CLOUD_WORDS).stream()
                .map(w -> new CloudWord(w.text(), w.weight())).toList();
        return slide.add(new SlideBlock.OpenAnswers(cloud, approved)).slide();
    }
}
