package dev.passerelle.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a paragraph is English or French with Apache OpenNLP's language detector; empty when the text
 * is too short or the two scores too close to say. Thread-safe; the model loads once per JVM, on first use.
 */
public final class ParagraphLanguage {

    // The model ships in org.apache.opennlp:opennlp-models-langdetect (103 languages, ISO 639-3 codes).
    private static final String MODEL = "/langdetect-183.bin";
    // Below this many letters the character n-gram scores are noise.
    private static final int MIN_LETTERS = 12;
    // The winner's confidence must beat the loser's by this factor; probed on EN/FR conference notes.
    private static final double MIN_RATIO = 1.5;

    /** "en" or "fr", or empty when undecided. */
    public Optional<String> detect(String text) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        double english = 0;
        double french = 0;
        for (Language language : new LanguageDetectorME(Model.LOADED).predictLanguages(text)) {
            switch (language.getLang()) {
                case "eng" -> english = language.getConfidence();
                case "fra" -> french = language.getConfidence();
                default -> { }
            }
        }
        if (english >= french * MIN_RATIO) {
            return Optional.of("en");
        }
        if (french >= english * MIN_RATIO) {
            return Optional.of("fr");
        }
        return Optional.empty();
    }

    /** Initialised by the JVM on first access, once, however many detectors there are. */
    private static final class Model {
        static final LanguageDetectorModel LOADED = load();
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = ParagraphLanguage.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("Language detection model " + MODEL + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load language detection model " + MODEL, e);
        }
    }
}
