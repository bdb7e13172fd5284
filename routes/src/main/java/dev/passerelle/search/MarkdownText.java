package dev.passerelle.search;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Markdown as attendees read it (flexmark comes with Okapi's filter): plain text for search and calendars, HTML. */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    /** Raw HTML in an abstract is shown as text, never rendered; javascript: links are suppressed by default. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)).build();

    private MarkdownText() {
    }

    public static String plain(String markdown) {
        if (markdown == null) {
            return null;
        }
        return new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown)).strip();
    }

    public static String html(String markdown) {
        return markdown == null ? "" : HTML.render(PARSER.parse(markdown));
    }
}
