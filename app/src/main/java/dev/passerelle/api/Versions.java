package dev.passerelle.api;

/** Reads the segment version a client sends in If-Match: a number, quoted (an ETag) or not. */
final class Versions {

    private Versions() {
    }

    static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must carry the segment's version (a number), not '"
                    + ifMatch + "'");
        }
    }
}
