package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;

/** An approved segment pair (letter-coded texts); ids increase monotonically in the order entries are approved. */
public record TmEntry(long id, LanguagePair pair, String source, String target) {}
