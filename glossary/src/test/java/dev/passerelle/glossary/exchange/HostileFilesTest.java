package dev.passerelle.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostileFilesTest {

    private static final String ENTRY = "<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>%s</term>"
            + "</termSec></langSec></conceptEntry>";

    private final GlossaryExchange exchange = new GlossaryExchange();

    private void importing(String xml) {
        importing(xml.getBytes(StandardCharsets.UTF_8));
    }

    private void importing(byte[] bytes) {
        exchange.read(new ByteArrayInputStream(bytes), GlossaryFormat.TBX);
    }

    private static String tbx(String doctype, String term) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
                + ENTRY.formatted(term) + "</body></text></tbx>";
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        assertThatThrownBy(() -> importing(tbx("<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                "&xxe;"))).isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("DTD")
                .hasMessageNotContaining("top secret");
    }

    @Test
    void refusesEntityExpansionBombs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE tbx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        assertThatThrownBy(() -> importing(tbx(doctype + "]>", "&lol9;")))
                .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("DTD");
    }

    @Test
    void neverLoadsANamedExternalDtd() {
        // Port 9 (discard) is closed here: loading the DTD would fail the import.
        String xml = tbx("<!DOCTYPE tbx SYSTEM \"http://127.0.0.1:9/TBXcoreStructV02.dtd\">", "x");
        assertThat(exchange.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), GlossaryFormat.TBX))
                .hasSize(1);
        assertThatThrownBy(() -> importing(tbx("<!DOCTYPE tbx SYSTEM \"http://127.0.0.1:9/x.dtd\">", "&ext;")))
                .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("ext");
    }

    @Test
    void refusesDeeplyNestedElements() {
        String nested = "<termGrp>".repeat(100_000) + "<term>x</term>" + "</termGrp>".repeat(100_000);
        String xml = tbx("", "x").replace("<termSec><term>x</term>", "<termSec>" + nested);
        assertThatThrownBy(() -> importing(xml)).isInstanceOf(InvalidGlossaryFileException.class)
                .hasMessageContaining("depth of \"65\"");
    }

    @Test
    void refusesUndeclaredEntities() {
        assertThatThrownBy(() -> importing(tbx("", "&nbsp;"))).isInstanceOf(InvalidGlossaryFileException.class)
                .hasMessageContaining("line 1");
    }

    @ParameterizedTest
    @EnumSource(value = GlossaryFormat.class, names = {"TBX", "CSV"})
    void refusesAHundredMegabyteFileWhileStreaming(GlossaryFormat format) {
        long hundredMegabytes = 100L * 1024 * 1024;
        byte[] head = (format == GlossaryFormat.TBX ? tbx("", "x").substring(0, tbx("", "x").indexOf("</body>")) : "lang,term\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] filler = (format == GlossaryFormat.TBX ? ENTRY.formatted("y").replace(" id=\"c1\"", "") : "en,term\n")
                .getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent >= hundredMegabytes) {
                    return -1;
                }
                long at = sent++;
                return at < head.length ? head[(int) at] : filler[(int) ((at - head.length) % filler.length)];
            }
        };
        GlossaryExchange small = new GlossaryExchange(1024 * 1024);
        assertThatThrownBy(() -> small.read(endless, format)).isInstanceOf(GlossaryFileTooLargeException.class)
                .hasMessageContaining("1048576 bytes");
    }

    @Test
    void refusesBytesThatAreNotTheDeclaredEncoding() {
        byte[] latin1 = tbx("", "déploiement").getBytes(Charset.forName("ISO-8859-1"));
        assertThatThrownBy(() -> importing(latin1)).isInstanceOf(InvalidGlossaryFileException.class)
                .hasMessageContaining("not valid UTF-8");
        byte[] utf16 = tbx("", "déploiement").getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> importing(utf16)).isInstanceOf(InvalidGlossaryFileException.class)
                .hasMessageContaining("UTF-8");
        byte[] csv = "lang,term\nfr,déploiement\n".getBytes(Charset.forName("ISO-8859-1"));
        assertThatThrownBy(() -> exchange.read(new ByteArrayInputStream(csv), GlossaryFormat.CSV))
                .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesFilesThatAreNotTbx() {
        assertThatThrownBy(() -> importing("<html><body/></html>")).isInstanceOf(InvalidGlossaryFileException.class)
                .hasMessageContaining("<html>");
        assertThatThrownBy(() -> importing("")).isInstanceOf(InvalidGlossaryFileException.class);
        assertThatThrownBy(() -> importing(tbx("", "x").replace("<term>x</term>", "")))
                .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("has no <term>");
        assertThatThrownBy(() -> importing(tbx("", "x").replace("</body>", ENTRY.formatted("z") + "</body>")))
                .isInstanceOf(InvalidGlossaryFileException.class).hasMessageContaining("Two concepts have the id 'c1'");
    }
}
