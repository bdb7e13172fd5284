package dev.passerelle.glossary.exchange;

import dev.passerelle.glossary.Concept;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Imports and exports glossaries in every {@link GlossaryFormat}. Reading is all or nothing: a file is parsed and
 * validated whole (within {@code maxBytes}, counted while streaming) before any concept is returned.
 */
public final class GlossaryExchange {

    /** The default import limit: far above real glossaries (the 45-concept TBX example is 300 kB). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public GlossaryExchange(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public GlossaryExchange() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads a whole file. TBX v3 (DCA, DCT) and TBX 2008 are all read by any TBX format. */
    public List<Concept> read(InputStream in, GlossaryFormat format) {
        InputStream limited = new SizeLimitedInputStream(in, maxBytes);
        if (format.isTbx()) {
            return new TbxReader().read(limited);
        }
        return new DelimitedGlossary(format).read(decode(limited));
    }

    public void write(List<Concept> concepts, GlossaryFormat format, OutputStream out) {
        if (format.isTbx()) {
            new TbxWriter(format).write(concepts, out);
        } else {
            new DelimitedGlossary(format).write(concepts, out);
        }
    }

    public byte[] write(List<Concept> concepts, GlossaryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(concepts, format, out);
        return out.toByteArray();
    }

    /** UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused, never guessed. */
    private static String decode(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            charset = StandardCharsets.UTF_16;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidGlossaryFileException("The file is not valid " + charset.name()
                    + " text: save it as UTF-8 and import it again", e);
        }
    }
}
