package dev.passerelle;

import dev.passerelle.intake.SessionSubmission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated program for load and recovery tests: deterministic sessions, two thirds English talks and one third
 * French ignites, each with a title and a three-paragraph abstract of about twenty sentences in all.
 */
public final class SyntheticProgram {

    private static final String[] EN = {
            "We moved %1$s to a new platform in %2$d weeks.", "The first step was to measure the *current* latency.",
            "Every deployment now goes through the same pipeline.", "Our on-call rotation covers %2$d engineers.",
            "Rollbacks take a single command with `kubectl rollout undo`.", "Incidents dropped by %2$d percent.",
            "We share the dashboards in [our handbook](https://example.org/handbook).",
            "This talk explains what worked and what did not.", "Feature flags protect the riskiest changes.",
            "The team reviews every alert once a month."};
    private static final String[] FR = {
            "Nous avons migré %1$s vers une nouvelle plateforme en %2$d semaines.",
            "La première étape a été de mesurer la latence *actuelle*.",
            "Chaque déploiement passe désormais par le même pipeline.", "Notre astreinte réunit %2$d personnes.",
            "Un retour arrière se fait avec la commande `kubectl rollout undo`.",
            "Les incidents ont baissé de %2$d pour cent.", "Les tableaux de bord sont dans [notre guide](https://example.org/guide).",
            "Cette présentation raconte ce qui a marché, et ce qui a échoué.",
            "Les drapeaux de fonctionnalité protègent les changements risqués.",
            "L'équipe relit chaque alerte une fois par mois."};
    private static final String[] SYSTEMS = {"billing", "search", "checkout", "the API gateway", "payments", "auth"};

    private SyntheticProgram() {
    }

    public static SessionSubmission session(int i) {
        boolean french = i % 3 == 2;
        String[] sentences = french ? FR : EN;
        var paragraphs = new ArrayList<String>();
        for (int p = 0; p < 3; p++) {
            var paragraph = new StringBuilder();
            for (int s = 0; s < 6 + (p == 0 ? 1 : 0); s++) {
                String sentence = sentences[(i + p * 7 + s * 3) % sentences.length];
                paragraph.append(paragraph.isEmpty() ? "" : " ")
                        .append(sentence.formatted(SYSTEMS[(i + s) % SYSTEMS.length], 2 + (i + s) % 40));
            }
            paragraphs.add(paragraph.toString());
        }
        String title = (french ? "Retour d'expérience n° " : "Lessons learned #") + i + (french ? " : " : ": ")
                + SYSTEMS[i % SYSTEMS.length];
        return new SessionSubmission("synthetic-" + i, title, String.join("\n\n", paragraphs), french ? "fr" : "en",
                french ? "ignite" : "talk", List.of("Speaker " + i), "Track " + (i % 4), "Room " + (i % 5), null,
                null);
    }

    /** The same session as the JSON body of {@code POST /api/events/{event}/sessions}. */
    public static Map<String, Object> json(int i) {
        SessionSubmission s = session(i);
        return Map.of("externalId", s.externalId(), "title", s.title(), "abstract", s.abstractText(), "lang",
                s.lang(), "kind", s.kind(), "speakers", s.speakers(), "track", s.track(), "room", s.room());
    }
}
