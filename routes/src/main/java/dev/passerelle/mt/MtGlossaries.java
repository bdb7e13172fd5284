package dev.passerelle.mt;

/** The glossary terms of an event for one direction; the glossary feature supplies the real implementation. */
public interface MtGlossaries {

    /** No glossary: the default until a glossary-backed bean is defined. */
    MtGlossaries NONE = (eventId, source, target) -> MtGlossary.EMPTY;

    MtGlossary forPair(long eventId, String sourceLang, String targetLang);
}
