package dev.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesOnlyItsCommandsSoThatAnythingElseStartsTheServer() {
        assertThat(Cli.isCommand(new String[] {"segment", "--lang", "en"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void listsTheCommandsOnHelp() {
        assertThat(run("", "help")).isZero();
        assertThat(out()).contains("segment --lang en|fr", "segment --jsonl");
    }

    @Nested
    class SegmentingText {

        @Test
        void printsTheSentencesOfStdinAsOneJsonArray() {
            int status = run("Bonjour M. Dupont. Comment allez-vous\u202f? Très bien, merci.\n", "segment", "--lang",
                    "fr");

            assertThat(status).isZero();
            assertThat(out()).isEqualTo(
                    "[\"Bonjour M. Dupont.\",\"Comment allez-vous\u202f?\",\"Très bien, merci.\"]\n");
            assertThat(err()).isEmpty();
        }

        @Test
        void refusesAnUnknownLanguageWithUsage() {
            assertThat(run("Hallo.", "segment", "--lang", "de")).isEqualTo(CliCommand.USAGE);
            assertThat(out()).isEmpty();
            assertThat(err()).contains("Usage: segment --lang en|fr");
        }
    }

    @Nested
    class SegmentingJsonLines {

        @Test
        void answersEachLineWithOneLineInTheSameOrder() {
            int status = run("""
                    {"lang":"en","text":"I live in the U.S. How about you?"}
                    {"lang":"fr","text":"Il y a p. ex. des lions. Ensuite des tigres."}
                    {"lang":"en","text":""}
                    """, "segment", "--jsonl");

            assertThat(status).isZero();
            assertThat(out()).isEqualTo("""
                    ["I live in the U.S.","How about you?"]
                    ["Il y a p. ex. des lions.","Ensuite des tigres."]
                    []
                    """);
        }

        @Test
        void stopsAtAnInvalidLineNamingIt() {
            int status = run("""
                    {"lang":"en","text":"One. Two."}
                    {"lang":"de","text":"Eins. Zwei."}
                    {"lang":"en","text":"Never read."}
                    """, "segment", "--jsonl");

            assertThat(status).isEqualTo(CliCommand.INVALID_INPUT);
            assertThat(out()).isEqualTo("[\"One.\",\"Two.\"]\n");
            assertThat(err()).contains("line 2").contains("\"lang\" must be \"en\" or \"fr\"");
        }

        @Test
        void explainsALineThatIsNotJson() {
            assertThat(run("{\"lang\":\"en\",\"text\":\"ok\"}\nnot json\n", "segment", "--jsonl"))
                    .isEqualTo(CliCommand.INVALID_INPUT);
            assertThat(err()).contains("line 2: not a JSON object");
        }

        @Test
        void refusesATextThatIsNotAString() {
            assertThat(run("{\"lang\":\"fr\",\"text\":42}\n", "segment", "--jsonl"))
                    .isEqualTo(CliCommand.INVALID_INPUT);
            assertThat(err()).contains("line 1: \"text\" must be a string");
        }
    }
}
