package dev.passerelle.mt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits texts into consecutive batches within a provider's count and byte limits, keeping their order. */
final class MtBatching {

    /** JSON quoting and separators per text, so a batch's body stays under the byte limit. */
    private static final int OVERHEAD_PER_TEXT = 8;
    /** Room for the rest of a request body (languages, options, context). */
    private static final int ENVELOPE = 4096;

    private MtBatching() {}

    /** Index ranges into {@code texts}; a text too large on its own still gets its own batch (the provider decides). */
    static List<List<Integer>> split(List<String> texts, int maxTexts, int maxBytes) {
        int budget = Math.max(1, maxBytes - ENVELOPE);
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < texts.size(); i++) {
            int size = texts.get(i).getBytes(StandardCharsets.UTF_8).length + OVERHEAD_PER_TEXT;
            if (!current.isEmpty() && (current.size() == maxTexts || bytes + size > budget)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(i);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }
}
