package dev.passerelle.intake.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The program test files under src/test/resources/programs/. */
final class Programs {

    private Programs() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Programs.class.getResourceAsStream("/programs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file programs/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
