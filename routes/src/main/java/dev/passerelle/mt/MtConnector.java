package dev.passerelle.mt;

import java.util.List;
import java.util.Optional;

/**
 * A source of translations (translation memory or an MT provider), registered by a stable {@link #id()}.
 * {@link #translate} answers positionally, one element per request: {@code Optional.empty()} means
 * "nothing for this segment, ask the next connector". Failures are typed {@link MtException}s; a connector
 * never sleeps or retries (the route does) and never returns the source text as a translation.
 */
public interface MtConnector {

    String id();

    boolean supports(LanguagePair pair);

    List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch);
}
