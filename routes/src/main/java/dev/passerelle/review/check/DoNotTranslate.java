package dev.passerelle.review.check;

import java.util.Set;

/**
 * Where do-not-translate terms come from (the glossary, once wired in as a bean implementing this): the terms of
 * {@code source} that must stay as they are in an event's translations. Without such a bean there are none.
 */
@FunctionalInterface
public interface DoNotTranslate {

    Set<String> termsIn(String event, String sourceLang, String source);
}
