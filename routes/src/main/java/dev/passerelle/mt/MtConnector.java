package dev.passerelle.mt;

import java.util.List;
import java.util.Optional;

/**
 * A source of translations (translation memory or an MT provider), registered by a stable {@link #id()}.
 * {@link #translate} answers positionally, one element per request: {@code Optional.empty()} means
 * "nothing for this segment, ask the next connector". Failures are typed {@link MtException}s; a connector
 * never returns the source text as a translation.
 */
public interface MtConnector {

    String id();

    boolean supports(LanguagePair pair);

    List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch);

    /** {@link #translate} with the reason a segment got nothing (quota, lost inline code, budget…), if any. */
    default List<MtOutcome> translateExplained(LanguagePair pair, List<MtRequest> batch) {
        return translate(pair, batch).stream().map(r -> r.map(MtOutcome::translated).orElse(MtOutcome.NOTHING))
                .toList();
    }
}
