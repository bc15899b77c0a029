package org.threshold.domain.pack;

import java.util.List;

/** Who wrote a pack, for which jurisdiction, and which guidance versions it follows. */
public record PackMetadata(
        String id,
        String title,
        String version,
        String jurisdiction,
        List<String> guidanceVersions,
        List<String> authors,
        String licence,
        String description) {

    public PackMetadata {
        guidanceVersions = List.copyOf(guidanceVersions);
        authors = List.copyOf(authors);
    }
}
