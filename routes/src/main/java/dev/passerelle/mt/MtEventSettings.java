package dev.passerelle.mt;

import java.util.List;

/** An event's own MT settings: its connector chain and character budget, each null to use the defaults. */
public interface MtEventSettings {

    Settings get(long eventId);

    void update(long eventId, Settings settings);

    /** Null fields fall back to {@code passerelle.mt.chain} and {@code passerelle.mt.budget.characters}. */
    record Settings(List<String> chain, Long budgetCharacters) {

        public static final Settings DEFAULTS = new Settings(null, null);

        public Settings {
            chain = chain == null ? null : List.copyOf(chain);
            if (budgetCharacters != null && budgetCharacters < 0) {
                throw new IllegalArgumentException("the MT budget must not be negative");
            }
        }
    }
}
