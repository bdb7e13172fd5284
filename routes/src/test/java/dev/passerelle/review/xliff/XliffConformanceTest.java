package dev.passerelle.review.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The OASIS XLIFF 2 test suite against our reader and writer: every valid file we accept round-trips without losing
 * text or codes; every invalid one is refused with a reason. Writes the table to target/xliff-conformance.md.
 */
class XliffConformanceTest {

    private static final List<String> TABLE = new ArrayList<>();

    @Test
    void validFilesWeAcceptRoundTripWithoutLosingTextOrCodes() {
        List<String> accepted = new ArrayList<>();
        for (Path file : files("valid")) {
            XliffDocument read;
            try {
                read = XliffReader.read(bytes(file));
            } catch (InvalidXliffException e) {
                TABLE.add("| valid/" + file.getFileName() + " | refused | " + reason(e) + " |");
                continue;
            }
            XliffDocument again = XliffReader.read(write(read));
            assertThat(again.units()).as(file.toString()).hasSameSizeAs(read.units());
            for (int i = 0; i < read.units().size(); i++) {
                assertThat(again.units().get(i).parts()).as(file + " unit " + read.units().get(i).id())
                        .extracting(XliffDocument.Part::source, XliffDocument.Part::target)
                        .isEqualTo(read.units().get(i).parts().stream()
                                .map(p -> org.assertj.core.groups.Tuple.tuple(p.source(), p.target())).toList());
            }
            accepted.add(file.getFileName().toString());
            TABLE.add("| valid/" + file.getFileName() + " | accepted, round-trip identical (" + read.units().size()
                    + " units) | |");
        }
        assertThat(accepted).hasSizeGreaterThan(files("valid").size() / 2);
    }

    @Test
    void invalidFilesAreRefusedWithAReason() {
        List<String> notRefused = new ArrayList<>();
        for (Path file : files("invalid")) {
            try {
                XliffReader.read(bytes(file));
                notRefused.add(file.getFileName().toString());
                TABLE.add("| invalid/" + file.getFileName() + " | NOT refused | |");
            } catch (InvalidXliffException e) {
                assertThat(e.getMessage()).as(file.toString()).isNotBlank();
                TABLE.add("| invalid/" + file.getFileName() + " | refused | " + reason(e) + " |");
            }
        }
        assertThat(notRefused).isEmpty();
    }

    @AfterAll
    static void writeTable() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/xliff-conformance.md"), "| file | outcome | reason |\n|---|---|---|\n"
                + String.join("\n", TABLE.stream().sorted().toList()) + "\n");
    }

    private static String reason(RuntimeException e) {
        return e.getMessage().replaceAll("\\s+", " ").replace("|", "\\|");
    }

    static byte[] write(XliffDocument document) {
        var out = new ByteArrayOutputStream();
        XliffWriter.write(document, out);
        return out.toByteArray();
    }

    private static List<Path> files(String kind) {
        try {
            Path dir = Path.of(XliffConformanceTest.class.getResource("/xliff/xliff20_oasis_testsuite/core/" + kind)
                    .toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".xlf")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
