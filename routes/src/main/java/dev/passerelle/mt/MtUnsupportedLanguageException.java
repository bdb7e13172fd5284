package dev.passerelle.mt;

/** The connector cannot translate this language pair; retrying will not help. */
public class MtUnsupportedLanguageException extends MtException {

    private final transient LanguagePair pair;

    public MtUnsupportedLanguageException(String connector, LanguagePair pair) {
        super("MT connector '" + connector + "' does not support " + pair);
        this.pair = pair;
    }

    public LanguagePair pair() {
        return pair;
    }
}
