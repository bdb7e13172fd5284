package dev.passerelle.search;

import java.util.List;

/**
 * Extra phrasings of a query in the other language (glossary terms), searched alongside it with a lower weight.
 * Any single bean of this type is used; without one, queries are not expanded.
 */
public interface QueryExpansion {

    QueryExpansion NONE = (event, query, lang) -> List.of();

    /**
     * Alternative queries for {@code query}, typed on a page in {@code lang} of {@code event} (a slug; null when the
     * search spans every event); never the query itself.
     */
    List<String> expand(String event, String query, String lang);
}
