/**
 * Elasticsearch stable-plugin components ({@code passerelle_*} analyzers and token filters) backed by Lucene.
 * Every {@code @NamedComponent} here must also be listed in {@code src/main/plugin/named_components.json}.
 */
package dev.passerelle.elasticsearch.analysis;
