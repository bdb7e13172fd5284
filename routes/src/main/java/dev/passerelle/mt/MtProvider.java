package dev.passerelle.mt;

import java.util.List;

/**
 * One MT provider's HTTP client: translates one batch that already fits its {@link Limits}, in the markup of its
 * {@link Placeholders.Style}. Throws {@link MtProviderException}s; caching, batching, retries, circuit breaking,
 * budgets, costs and inline-code checks are the {@link ProviderConnector}'s.
 */
public interface MtProvider {

    /** The connector id used in chains, e.g. {@code deepl}. */
    String id();

    /** Whether the provider translates this pair; by default any target other than the source (auto-detected or not). */
    default boolean supports(LanguagePair pair) {
        return !pair.target().isBlank() && !pair.source().equalsIgnoreCase(pair.target());
    }

    Limits limits();

    Placeholders.Style style();

    /** Everything besides the text that changes the output (model, formality…): part of the cache key. */
    String settings();

    /** The model named in provenance, or null. */
    default String model() {
        return null;
    }

    /** True when a batch carries one context for all its texts (DeepL), so batches never mix contexts. */
    default boolean contextPerRequest() {
        return false;
    }

    /** True when characters sent are billed although the answer does not say (Google): costs count them. */
    default boolean billsSentCharacters() {
        return false;
    }

    Answer translate(Batch batch);

    /** A provider's request limits and the concurrency it is given. */
    record Limits(int maxTexts, int maxBytes, int maxInFlight) {

        public Limits {
            if (maxTexts < 1 || maxBytes < 1 || maxInFlight < 1) {
                throw new IllegalArgumentException("MT limits must be positive: " + maxTexts + "/" + maxBytes + "/"
                        + maxInFlight);
            }
        }
    }

    /** Texts (in the provider's markup) for one request, with the shared context and glossary. */
    record Batch(LanguagePair pair, List<String> texts, String context, MtGlossary glossary) {

        public Batch {
            texts = List.copyOf(texts);
        }
    }

    /**
     * Translations in request order; {@code billed} per text when the provider says (else null), and
     * {@code billedTotal} when it only gives a total for the request (else null).
     */
    record Answer(List<String> texts, List<Long> billed, Long billedTotal) {

        public static Answer unbilled(List<String> texts) {
            return new Answer(texts, null, null);
        }
    }
}
