package org.threshold.workshop.results;

/**
 * How far one agency (or the combined small agencies) trusts another with shared information,
 * before and after: n-weighted mean scores, null where nothing may be shown. "Don't know / no
 * contact" is counted apart, in people, and is in no mean.
 *
 * @param baselineN         people whose ratings the baseline mean rests on
 * @param baselineDontKnow  people who said they do not know the other agency, at the start
 */
public record TrustCell(String from, String fromLabel, String to, String toLabel,
                        Double baseline, int baselineN, Double followUp, int followUpN,
                        int baselineDontKnow, int followUpDontKnow) {

    /** After minus before, when both are known. */
    public Double change() {
        return baseline == null || followUp == null ? null : followUp - baseline;
    }

    public boolean fromCombined() {
        return Suppression.OTHER_CODE.equals(from);
    }
}
