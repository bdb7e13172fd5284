package dev.passerelle.mt.tm.tmx;

import java.time.Instant;

/** One memory pair as TMX carries it: letter-coded texts, who made it and when it last changed (either may be null). */
public record TmxPair(String sourceLang, String targetLang, String source, String target, String creationId,
                      Instant changedAt) {
}
