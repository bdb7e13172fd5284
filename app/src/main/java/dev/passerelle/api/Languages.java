package dev.passerelle.api;

/** The languages a request may name. */
final class Languages {

    private Languages() {
    }

    /** The language, or null when absent; anything but en or fr is refused. */
    static String check(String parameter, String lang) {
        if (lang == null || lang.equals("en") || lang.equals("fr")) {
            return lang;
        }
        throw new IllegalArgumentException(parameter + " must be en or fr, not '" + lang + "'");
    }
}
