package org.threshold.workshop.results;

/**
 * How far one agency (or the combined small agencies) trusts another with shared information,
 * before and after: n-weighted mean scores, null where nothing may be shown.
 */
public record TrustCell(String from, String fromLabel, String to, String toLabel,
                        Double baseline, int baselineN, Double followUp, int followUpN) {

    /** After minus before, when both are known. */
    public Double change() {
        return baseline == null || followUp == null ? null : followUp - baseline;
    }

    public boolean fromCombined() {
        return Suppression.OTHER_CODE.equals(from);
    }
}
