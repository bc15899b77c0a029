package org.threshold.domain.pack;

import java.time.LocalDate;
import java.util.List;

/**
 * Who wrote a pack, for which jurisdiction, and which guidance versions it follows.
 *
 * @param lawCheckedOn when its law and guidance were last checked against the published sources;
 *                     null when the pack does not say
 */
public record PackMetadata(
        String id,
        String title,
        String version,
        String jurisdiction,
        List<String> guidanceVersions,
        List<String> authors,
        String licence,
        String description,
        LocalDate lawCheckedOn) {

    public PackMetadata {
        guidanceVersions = List.copyOf(guidanceVersions);
        authors = List.copyOf(authors);
    }

    /** A copy with another id and title, as a duplicate to customise is made. */
    public PackMetadata renamed(String newId, String newTitle) {
        return new PackMetadata(newId, newTitle, version, jurisdiction, guidanceVersions, authors, licence, description,
                lawCheckedOn);
    }
}
