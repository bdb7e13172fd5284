package dev.passerelle.glossary.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what an XML file declares ({@code <?xml … encoding="…"?>}) with what its first bytes show (byte order
 * mark, or the UTF-16 pattern of {@code <?}), so a contradiction is refused with a clear message instead of a parser
 * error about the prolog.
 */
final class XmlEncoding {

    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)");
    private static final int SNIFF = 256;

    private XmlEncoding() {
    }

    /** The declared (else detected) encoding; leaves the stream where it was. */
    static String check(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        String detected = detect(head);
        String prefix = new String(head, detected.equals("UTF-8") ? StandardCharsets.ISO_8859_1
                : detected.equals("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                .replace("\uFEFF", "").replace("ï»¿", "");
        Matcher declaration = DECLARED.matcher(prefix);
        if (!declaration.find()) {
            return detected;
        }
        String declared = declaration.group(1);
        boolean declaresUtf16 = declared.toUpperCase(Locale.ROOT).startsWith("UTF-16");
        boolean isUtf16 = detected.startsWith("UTF-16");
        if (declaresUtf16 != isUtf16) {
            throw new InvalidGlossaryFileException("The file declares encoding " + declared + " but is encoded as "
                    + (isUtf16 ? detected : "an 8-bit encoding") + ": save it as UTF-8 and import it again");
        }
        return declared;
    }

    private static String detect(byte[] head) {
        if (head.length >= 2) {
            int b0 = head[0] & 0xff;
            int b1 = head[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == '<') {
                return "UTF-16BE";
            }
            if (b0 == 0xff && b1 == 0xfe || b0 == '<' && b1 == 0) {
                return "UTF-16LE";
            }
        }
        return "UTF-8";
    }
}
