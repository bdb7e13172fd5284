package dev.passerelle.workbench;

import java.util.List;

/**
 * Finds an event's glossary terms in a source segment, for the editor to highlight. The glossary module provides
 * the bean; without one the editor highlights nothing.
 */
@FunctionalInterface
public interface GlossaryTermSpans {

    List<SegmentMarkup.TermSpan> find(String event, String sourceLang, String targetLang, String source);
}
