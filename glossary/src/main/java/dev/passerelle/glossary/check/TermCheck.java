package dev.passerelle.glossary.check;

import java.util.List;

/** One terminology rule applied to a translated segment. */
public interface TermCheck {

    /** Stable kebab-case id, stored with issues and used in configuration. */
    String id();

    List<TermIssue> check(TranslationPair pair);
}
