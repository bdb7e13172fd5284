package dev.passerelle.mt;

import java.util.List;
import java.util.Objects;

/**
 * The terms sent to a provider for one language pair, identified by a checksum of their content (cache keys and
 * provider-side glossaries are keyed by it). Do-not-translate terms travel as protected placeholders.
 */
public record MtGlossary(String checksum, List<MtGlossaryEntry> entries) {

    public static final MtGlossary EMPTY = new MtGlossary("", List.of());

    public MtGlossary {
        Objects.requireNonNull(checksum, "checksum");
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Terms with a target to impose (provider glossaries, LLM prompts). */
    public List<MtGlossaryEntry> translated() {
        return entries.stream().filter(e -> !e.doNotTranslate()).toList();
    }

    /** Terms to keep as they are in the source (product names, code). */
    public List<String> protectedTerms() {
        return entries.stream().filter(MtGlossaryEntry::doNotTranslate).map(MtGlossaryEntry::source).toList();
    }

    /** One term: its source form, the target to use, or {@code doNotTranslate} to keep the source form. */
    public record MtGlossaryEntry(String source, String target, boolean doNotTranslate) {

        public MtGlossaryEntry {
            Objects.requireNonNull(source, "source");
            target = doNotTranslate ? source : Objects.requireNonNull(target, "target");
        }
    }
}
