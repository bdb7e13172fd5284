package dev.passerelle.mt;

/**
 * The glossary terms of an event for one direction. The glossary feature supplies the implementation as a bean;
 * without one, {@link #NONE} applies.
 */
public interface MtGlossaries {

    /** No glossary terms. */
    MtGlossaries NONE = (eventId, source, target) -> MtGlossary.EMPTY;

    MtGlossary forPair(long eventId, String sourceLang, String targetLang);
}
