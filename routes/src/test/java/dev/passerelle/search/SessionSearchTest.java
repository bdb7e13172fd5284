package dev.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionSearchTest {

    @Nested
    class Cursor {

        @Test
        void roundTripsTheLastHitsSortValues() {
            String cursor = SessionSearch.Cursor.encode(List.of(FieldValue.of(12.5), FieldValue.of("1042")));
            assertThat(SessionSearch.Cursor.decode(cursor)).extracting(FieldValue::_get)
                    .containsExactly(12.5, "1042");
        }

        @Test
        void rejectsWhatItDidNotIssue() {
            for (String bad : List.of("not-a-cursor", "", "MTI6YWJj" /* 12:abc */, "%%%")) {
                assertThatThrownBy(() -> SessionSearch.Cursor.decode(bad)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("after");
            }
        }
    }

    @Nested
    class Query {

        @Test
        void rejectsUnknownLanguageEmptyTextAndOutOfRangeSizes() {
            assertThatThrownBy(() -> SessionQuery.of("ci", "de", 10)).hasMessageContaining("lang");
            assertThatThrownBy(() -> SessionQuery.of("  ", "en", 10)).hasMessageContaining("q");
            assertThatThrownBy(() -> SessionQuery.of("ci", "en", 0)).hasMessageContaining("size");
            assertThatThrownBy(() -> SessionQuery.of("ci", "en", 101)).hasMessageContaining("size");
            assertThatThrownBy(() -> SessionQuery.of("x".repeat(201), "en", 10)).hasMessageContaining("200");
        }

        @Test
        void facetFiltersComeFromRequestParametersIgnoringBlanksAndOthers() {
            var filters = Facet.filters(Map.of("kind", List.of("talk", "ignite", " "), "original", List.of("fr"),
                    "q", List.of("ci"), "room", List.of("")));
            assertThat(filters).containsOnlyKeys(Facet.KIND, Facet.ORIGINAL_LANG);
            assertThat(filters.get(Facet.KIND)).containsExactly("talk", "ignite");
        }
    }
}
