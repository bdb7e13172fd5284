package dev.passerelle.glossary.exchange;

import dev.passerelle.glossary.Concept;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The DevOps and conference glossary (EN↔FR, TBX v3) shipped as the shared default glossary's first content. */
public final class SeedGlossary {

    public static final String RESOURCE = "/dev/passerelle/glossary/devops-conference.tbx";

    private SeedGlossary() {
    }

    public static List<Concept> concepts() {
        try (InputStream in = SeedGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new GlossaryExchange().read(in, GlossaryFormat.TBX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
