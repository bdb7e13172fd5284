package dev.passerelle.mt.tm.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmxReaderTest {

    @Test
    void readsTheSpecificationSampleWithStampsFromVariantUnitOrHeader() throws IOException {
        byte[] sample = getClass().getResourceAsStream("/tmx/tmx14b_spec_sample.tmx").readAllBytes();

        TmxReader.Read read = TmxReader.read(sample);

        assertThat(read.units()).isEqualTo(2);
        assertThat(read.skippedUnits()).isZero();
        assertThat(read.pairs()).contains(
                new TmxPair("en", "fr", "data (with a non-standard character: \uF8FF).",
                        "données (avec un caractère non standard: \uF8FF).", "BobW",
                        Instant.parse("1997-03-14T02:34:01Z")),
                new TmxPair("fr", "en", "données (avec un caractère non standard: \uF8FF).",
                        "data (with a non-standard character: \uF8FF).", "BobW",
                        Instant.parse("1997-02-12T15:34:00Z")),
                new TmxPair("en", "fr", "menu", "menu", "ThomasJ", Instant.parse("2002-04-13T02:34:01Z")));
        // FR-CA and FR-FR say the same: one French variant.
        assertThat(read.pairs()).filteredOn(p -> p.source().equals("menu")).hasSize(2);
    }

    @Test
    void roundTripsLetterCodesAndStamps() {
        var pair = new TmxPair("en", "fr", "Read <g1>the guide</g1><x2/> <b3/>now<e3/>.",
                "Lisez <g1>le guide</g1><x2/> <b3/>maintenant<e3/>.", "alice", Instant.parse("2026-06-12T09:30:00Z"));
        var out = new ByteArrayOutputStream();
        TmxWriter.write(List.of(pair), "en", out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertThat(xml).contains("<tmx version=\"1.4\">", "<bpt i=\"1\">&lt;g1></bpt>", "<ph x=\"2\">",
                "<it pos=\"begin\" x=\"3\">", "creationid=\"alice\"", "changedate=\"20260612T093000Z\"",
                "xml:lang=\"fr\"");
        assertThat(TmxReader.read(out.toByteArray()).pairs()).contains(pair);
    }

    @Test
    void refusesHostileAndOtherFiles() {
        String bomb = "<!DOCTYPE tmx [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><tmx version=\"1.4\"><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>&b;</seg></tuv></tu></body></tmx>";
        assertThatThrownBy(() -> TmxReader.read(bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTmxException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> TmxReader.read("<xliff/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTmxException.class).hasMessageContaining("<xliff>");
    }
}
