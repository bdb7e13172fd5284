package dev.passerelle.glossary.store;

/** What an import changed, in concepts. */
public record ImportResult(int created, int updated, int deleted) {
}
