package io.dateline.service;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.resolve.Policy;
import io.dateline.value.MentionKind;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The engines a request may ask for. The one with every kind is built at start; one for
 * {@code "only": "time"} (which loads fewer grammar files and so answers exactly as
 * {@code --only time} does) on its first use, then kept. A policy costs nothing: the same
 * grammar under another policy.
 */
final class Engines {

    private final Function<Set<MentionKind>, Dateline> factory;
    private final ConcurrentHashMap<Set<MentionKind>, Dateline> byKinds = new ConcurrentHashMap<>();
    private final AnchorDetector detector = new AnchorDetector();
    private final Policy defaultPolicy;

    /**
     * @param factory builds an engine for a set of kinds (null: every kind)
     */
    Engines(Function<Set<MentionKind>, Dateline> factory, Policy defaultPolicy) {
        this.factory = factory;
        this.defaultPolicy = defaultPolicy;
    }

    /** Builds the engine of every kind (the grammar load happens here). */
    void load() {
        engine(Options.ALL);
    }

    Dateline engine(Set<MentionKind> kinds) {
        return byKinds.computeIfAbsent(Set.copyOf(kinds), k -> factory.apply(k.equals(Options.ALL) ? null : k));
    }

    /** The job for these options; an unreadable {@code published} is a 400. */
    Processor processor(Options o) throws ApiException {
        // the clock is read only for "published": "now", as on the command line
        AnchorRequest req = AnchorRequest.none().withClock(java.time.Clock.systemUTC());
        if (o.published() != null) {
            AnchorCandidate c = detector.readOption(o.published(), req.withPublished(o.published()));
            if (!c.accepted()) {
                throw new ApiException(400, "cannot read \"published\" '" + o.published() + "': " + c.rejection());
            }
            req = req.withPublished(o.published());
        }
        Policy p = o.policy() != null ? o.policy() : defaultPolicy;
        // like the command line: a request's lang field, the page's <html lang>, else detected
        return new Processor(engine(o.kinds()).withPolicy(p), detector, req, true);
    }
}
