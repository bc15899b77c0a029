package org.threshold.domain.pack;

/**
 * Someone outside the safeguarding response who asks an agency for information: a relative, a
 * caller, a community group. A decision with a requester asks what to tell them, so an answer of
 * "share" there is a disclosure to the requester, never the point at which an agency joins up
 * with the others; who else needs to know is a stage of its own.
 *
 * @param who    as the room knows them, e.g. "the caller"
 * @param agency the pack agency they belong to, or empty when they belong to none
 */
public record Requester(String who, String agency) {
    public Requester {
        agency = agency == null ? "" : agency;
    }
}
