package fr.impact.analytics;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.util.Optional;

/** Optional filters on the sales an indicator counts; empty = all. */
public record Filters(Optional<String> hub, Optional<Segment> segment, Optional<Family> family,
        Optional<String> buyer, Optional<String> producer) {

    public static final Filters NONE = new Filters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Filters {
        requireNonNull(hub, "hub is null");
        requireNonNull(segment, "segment is null");
        requireNonNull(family, "family is null");
        requireNonNull(buyer, "buyer is null");
        requireNonNull(producer, "producer is null");
    }

    public Filters withHub(String h) {
        return new Filters(Optional.ofNullable(h), segment, family, buyer, producer);
    }

    public Filters withSegment(Segment s) {
        return new Filters(hub, Optional.ofNullable(s), family, buyer, producer);
    }

    public Filters withFamily(Family f) {
        return new Filters(hub, segment, Optional.ofNullable(f), buyer, producer);
    }

    public Filters withBuyer(String b) {
        return new Filters(hub, segment, family, Optional.ofNullable(b), producer);
    }

    public Filters withProducer(String p) {
        return new Filters(hub, segment, family, buyer, Optional.ofNullable(p));
    }
}
