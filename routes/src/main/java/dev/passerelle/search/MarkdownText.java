package dev.passerelle.search;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** Markdown to the plain text attendees read, for indexing and snippets (flexmark comes with Okapi's filter). */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    static String plain(String markdown) {
        if (markdown == null) {
            return null;
        }
        return new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown)).strip();
    }
}
