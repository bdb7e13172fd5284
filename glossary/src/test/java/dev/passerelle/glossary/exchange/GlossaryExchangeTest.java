package dev.passerelle.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GlossaryExchangeTest {

    private final GlossaryExchange exchange = new GlossaryExchange();

    private List<Concept> example(String style) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/tbx/tbx-basic-v3_Example_Astronomy_" + style
                + "_VALID.tbx")) {
            return exchange.read(in, GlossaryFormat.TBX);
        }
    }

    private List<Concept> read(String content, GlossaryFormat format) {
        return exchange.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format);
    }

    @Nested
    class Tbx {

        @Test
        void readsTheTbxBasicExample() throws IOException {
            List<Concept> concepts = example("DCA");
            assertThat(concepts).hasSize(45);
            Concept openCluster = concepts.getFirst();
            assertThat(openCluster.id()).isEqualTo("c1");
            assertThat(openCluster.subjectField()).contains("General");
            Term preferred = openCluster.terms("en").getFirst();
            assertThat(preferred.text()).isEqualTo("open cluster");
            assertThat(preferred.status()).isEqualTo(TermStatus.PREFERRED);
            assertThat(preferred.partOfSpeech()).isEqualTo("noun");
            assertThat(preferred.definition()).isEqualTo("A group of stars formed together in the spiral arms of a galaxy.");
            assertThat(preferred.properties()).extracting(Property::type).containsExactly("context", "context/source");
            Term superseded = openCluster.terms("en").get(1);
            assertThat(superseded.status()).isEqualTo(TermStatus.FORBIDDEN);
            assertThat(superseded.properties()).first()
                    .isEqualTo(Property.of("administrativeStatus", "supersededTerm-admn-sts"));
            assertThat(openCluster.terms("es").getFirst().status()).isEqualTo(TermStatus.ADMITTED);
            assertThat(openCluster.properties()).contains(new Property(null, "xGraphic", "Open_Cluster.JPG",
                    "https://en.wikipedia.org/wiki/Galaxy_cluster#/media/File:Galaxy_cluster_IDCS_J1426.jpg"));
            assertThat(openCluster.properties()).contains(
                    new Property("en", "transactionType/responsibility", "Tommy", "pe324as3-9615-4d41-a9c8-30c36bffe0e6"),
                    new Property("en", "definition/source", "Oxford2007", null));
        }

        @Test
        void dcaAndDctStylesGiveTheSameConcepts() throws IOException {
            // The two official examples differ in a few notes, so only mapped data must agree.
            List<Concept> dca = example("DCA");
            List<Concept> dct = example("DCT");
            assertThat(dct).extracting(Concept::terms).isEqualTo(dca.stream().map(Concept::terms).toList());
            assertThat(dct).extracting(Concept::subjectField).isEqualTo(dca.stream().map(Concept::subjectField).toList());
        }

        @ParameterizedTest
        @EnumSource(value = GlossaryFormat.class, names = {"TBX", "TBX_DCT", "TBX2"})
        void roundTripsWithoutLoss(GlossaryFormat format) throws IOException {
            List<Concept> concepts = example("DCA");
            byte[] exported = exchange.write(concepts, format);
            assertThat(exchange.read(new ByteArrayInputStream(exported), format)).isEqualTo(concepts);
        }

        @Test
        void exportsTheDataCategoriesOfEachStyle() {
            List<Concept> concepts = List.of(Concept.of("k8s",
                    Term.preferred("en", "Kubernetes").withDoNotTranslate(true).withCaseSensitive(true)));
            String dca = new String(exchange.write(concepts, GlossaryFormat.TBX), StandardCharsets.UTF_8);
            assertThat(dca).contains("style=\"dca\"", "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts",
                    "<termNote type=\"doNotTranslate\">true</termNote>");
            String dct = new String(exchange.write(concepts, GlossaryFormat.TBX_DCT), StandardCharsets.UTF_8);
            assertThat(dct).contains("style=\"dct\"", "<min:administrativeStatus>preferredTerm-admn-sts",
                    "<pas:doNotTranslate>true</pas:doNotTranslate>");
            String v2 = new String(exchange.write(concepts, GlossaryFormat.TBX2), StandardCharsets.UTF_8);
            assertThat(v2).contains("<martif type=\"TBX-Basic\"", "<termEntry id=\"k8s\">", "<tig>");
            assertThat(read(dct, GlossaryFormat.TBX)).isEqualTo(concepts);
        }

        @Test
        void readsTbx2008WithNtig() {
            String martif = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc>
                    </fileDesc></martifHeader><text><body>
                    <termEntry id="e1"><descrip type="subjectField">DevOps</descrip>
                     <langSet xml:lang="en"><ntig><termGrp><term>on-call</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet>
                     <langSet xml:lang="fr"><tig><term>garde</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
                    </termEntry></body></text></martif>
                    """;
            Concept concept = read(martif, GlossaryFormat.TBX2).getFirst();
            assertThat(concept.subjectField()).contains("DevOps");
            assertThat(concept.terms()).containsExactly(Term.preferred("en", "on-call"), Term.forbidden("fr", "garde"));
        }
    }

    @Nested
    class Delimited {

        @ParameterizedTest
        @EnumSource(value = GlossaryFormat.class, names = {"CSV", "TSV"})
        void roundTripsTermFields(GlossaryFormat format) throws IOException {
            List<Concept> concepts = example("DCA").stream()
                    .map(c -> new Concept(c.id(), c.subjectField().map(s -> List.of(Property.of("subjectField", s)))
                            .orElse(List.of()), c.terms().stream().map(t -> new Term(t.lang(), t.text(),
                            t.partOfSpeech(), t.status(), t.caseSensitive(), t.doNotTranslate(), t.definition(),
                            t.note(), t.source(), List.of())).toList()))
                    .toList();
            byte[] exported = exchange.write(concepts, format);
            assertThat(exchange.read(new ByteArrayInputStream(exported), format)).isEqualTo(concepts);
        }

        @Test
        void readsQuotedCsvFields() {
            List<Concept> concepts = read("""
                    concept_id,lang,term,status,do_not_translate,definition
                    cd,en,continuous delivery,preferred,,"Shipping often, safely; said ""CD"" twice"
                    cd,fr,livraison continue,preferred,no,
                    k8s,en,Kubernetes,,yes,"A container
                    orchestrator"
                    """, GlossaryFormat.CSV);
            assertThat(concepts).extracting(Concept::id).containsExactly("cd", "k8s");
            assertThat(concepts.getFirst().terms().getFirst().definition()).isEqualTo("Shipping often, safely; said \"CD\" twice");
            assertThat(concepts.get(1).terms().getFirst().doNotTranslate()).isTrue();
            assertThat(concepts.get(1).terms().getFirst().definition()).isEqualTo("A container\norchestrator");
        }

        @Test
        void readsOneColumnPerLanguage() {
            List<Concept> concepts = read("\uFEFFEN\tfr\r\non-call\tastreinte\r\nkeynote\tkeynote\r\n\r\n",
                    GlossaryFormat.TSV);
            assertThat(concepts).hasSize(2);
            assertThat(concepts.getFirst().terms())
                    .containsExactly(Term.preferred("en", "on-call"), Term.preferred("fr", "astreinte"));
        }

        @Test
        void refusesBadRowsWithTheirLineNumber() {
            assertThatThrownBy(() -> read("lang,term,status\nen,deploy,preferred\nen,ship,sometimes\n", GlossaryFormat.CSV))
                    .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("Row 3")
                    .hasMessageContaining("sometimes");
            assertThatThrownBy(() -> read("lang,term\nen,\n", GlossaryFormat.CSV))
                    .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("Row 2");
            assertThatThrownBy(() -> read("name,value\na,b\n", GlossaryFormat.CSV))
                    .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("header");
            assertThatThrownBy(() -> read("lang,term\nen,\"open\n", GlossaryFormat.CSV))
                    .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("never closed");
        }
    }

    @Test
    void unknownFormatParameterIsRefused() {
        assertThatThrownBy(() -> GlossaryFormat.fromParam("xlsx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tbx, tbx-dct, tbx2, csv or tsv");
        assertThat(GlossaryFormat.fromParam(" TBX2 ")).isEqualTo(GlossaryFormat.TBX2);
    }
}
