package dev.passerelle.search;

import dev.passerelle.intake.MarkdownSubmissionParser;
import dev.passerelle.intake.SessionSubmission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus of the relevance test: the six demo sessions (with our own translations) and a generated program of
 * 300 sessions, five per topic of {@link RelevanceTopics}, each set in another organisation, half delivered in
 * English and half in French, every one published in both languages. Deterministic.
 */
final class RelevanceProgram {

    static final String EVENT = "relevance";
    static final int GENERATED_BASE = 1000;

    private static final String[][] CONTEXTS = {
            {"at a national bank", "dans une banque nationale", "The setting is a national bank.",
                    "Le cadre est une banque nationale."},
            {"in a hospital network", "dans un réseau hospitalier", "The setting is a hospital network.",
                    "Le cadre est un réseau hospitalier."},
            {"for an online retailer", "chez un e-commerçant", "The setting is an online retailer.",
                    "Le cadre est un e-commerçant."},
            {"at a video game studio", "dans un studio de jeux vidéo", "The setting is a video game studio.",
                    "Le cadre est un studio de jeux vidéo."},
            {"in a public administration", "dans une administration publique",
                    "The setting is a public administration.", "Le cadre est une administration publique."}};
    // Generic sentences every session shares some of, so that no topic stands alone.
    private static final String[][] FILLER = {
            {"The speakers share the numbers before and after the change.",
                    "Les intervenants partagent les chiffres avant et après le changement."},
            {"You will leave with practical advice for your own team.",
                    "Vous repartirez avec des conseils pratiques pour votre équipe."},
            {"We also describe what went wrong along the way.",
                    "Nous décrivons aussi ce qui s'est mal passé en chemin."},
            {"Questions from the audience are welcome at the end.",
                    "Les questions du public sont les bienvenues à la fin."},
            {"The project took a year and involved several teams.",
                    "Le projet a duré un an et a impliqué plusieurs équipes."}};
    private static final String[] FIRST = {"Alice", "Bruno", "Chloé", "David", "Emma", "François", "Gaëlle", "Hugo",
            "Inès", "Julien", "Karima", "Louis"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre"};
    private static final String[] KINDS = {"talk", "talk", "workshop", "ignite", "keynote"};
    private static final String[] TRACKS = {"Delivery", "Operations", "Security", "Architecture", "Culture", "Data"};
    private static final String[] ROOMS = {"Salle Turing", "Salle Lovelace", "Grand Amphi", "Atelier 2"};

    /** Our translations of the demo sessions into the language they were not written in (title, abstract). */
    private static final Map<String, String[]> DEMO_TRANSLATIONS = Map.of(
            "demo-continuous-deployment", new String[] {"Le déploiement continu sans peur",
                    "La plupart des équipes voient encore un déploiement comme un événement. Cette présentation montre "
                            + "comment nous sommes passés au **déploiement continu** de notre infrastructure : de petits "
                            + "changements, livrés plusieurs fois par jour, chacun réversible.\n\nNous présentons le "
                            + "pipeline construit avec `kubectl` et Argo CD, les drapeaux de fonctionnalité pour les "
                            + "changements risqués, et les habitudes d'astreinte qui ont donné confiance à l'équipe."},
            "demo-observability-budget", new String[] {"L'observabilité à petit budget",
                    "Les métriques, les journaux et les traces peuvent coûter plus cher que le service qu'ils "
                            + "surveillent. Nous expliquons comment nous avons divisé par deux notre facture de "
                            + "supervision sans perdre de vue les incidents.\n\nAu programme : l'échantillonnage des "
                            + "traces, la suppression à la source des lignes de journal *bruyantes*, et des alertes sur "
                            + "les symptômes visibles par les utilisateurs plutôt que sur chaque pic de CPU."},
            "demo-platform-teams", new String[] {"Des équipes plateforme que les développeurs apprécient vraiment",
                    "Une plateforme interne est un produit, et les développeurs en sont les utilisateurs. Cette "
                            + "keynote raconte ce qui s'est passé quand notre équipe plateforme a commencé à mener des "
                            + "entretiens utilisateurs, à publier une feuille de route et à mesurer l'adoption au lieu "
                            + "d'imposer des outils.\n\nRésultat : moins de tickets, une intégration plus rapide et un "
                            + "chemin balisé que l'on choisit parce que c'est le plus simple."},
            "demo-ignite-astreinte", new String[] {"My on-call duty in five minutes",
                    "Good evening everyone! It is three in the morning and my phone rings: I am on call.\n\nFor two "
                            + "years I wrote down every alert I received at night. Result: half of them needed no "
                            + "action. So we deleted those alerts, wrote short runbooks and shared the on-call duty "
                            + "between six people instead of three.\n\nToday I sleep better, and our customers do not "
                            + "see the difference. Thank you!"},
            "demo-ignite-deploiement-vendredi", new String[] {"Deploying on a Friday: so what?",
                    "We keep hearing that you must never deploy on a Friday. Here, deployments happen every day, "
                            + "Friday at 5 pm included.\n\nThe secret? Tiny changes, automated tests and a rollback in "
                            + "one command. If you are afraid of deploying on a Friday, maybe you are afraid of "
                            + "deploying, full stop."},
            "demo-open-space-sre", new String[] {"Forum ouvert — le SRE pour les petites équipes",
                    "Nous sommes partis d'une question : une équipe de quatre personnes peut-elle vraiment faire du "
                            + "SRE ? La plupart des participants ont répondu oui, à condition que le budget d'erreur "
                            + "soit écrit et respecté.\n\nSeveral people explained that they have too many service "
                            + "level objectives. It is better to start with a single objective, visible to the whole "
                            + "team.\n\nQuelqu'un a proposé une revue mensuelle des incidents avec le responsable "
                            + "produit.\n\nFinally we talked about alert fatigue: deleting a useless alert is a win, "
                            + "not a failure."});
    private static final List<String> DEMO_FILES = List.of("01-continuous-deployment.md", "02-observability.md",
            "03-platform-teams.md", "04-ignite-astreinte.md", "05-ignite-deploiement.md", "06-open-space-notes.md");

    private RelevanceProgram() {
    }

    static List<SessionDocument> documents() {
        var documents = new ArrayList<SessionDocument>(demo());
        for (int i = 0; i < RelevanceTopics.ALL.size() * CONTEXTS.length; i++) {
            documents.add(generated(i));
        }
        return documents;
    }

    /** The id of the demo session with this external id (1 to 6, in file order). */
    static long demoId(String externalId) {
        return DEMO_FILES.indexOf(DEMO_FILES.stream().filter(f -> demoSubmission(f).externalId().equals(externalId))
                .findFirst().orElseThrow()) + 1;
    }

    /** The ids of the five sessions of topic {@code topic}. */
    static Set<Long> topicIds(int topic) {
        var ids = new java.util.TreeSet<Long>();
        for (int c = 0; c < CONTEXTS.length; c++) {
            ids.add(GENERATED_BASE + (long) topic * CONTEXTS.length + c);
        }
        return ids;
    }

    /** The id of the session of topic {@code topic} set in context {@code context}. */
    static long sessionId(int topic, int context) {
        return GENERATED_BASE + (long) topic * CONTEXTS.length + context;
    }

    static String contextWord(int context, String lang) {
        return CONTEXTS[context]["en".equals(lang) ? 0 : 1];
    }

    static String speaker(long id) {
        int i = (int) id;
        return FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
    }

    /** Generated session {@code i}; past 300 the topics come round again (the benchmark's larger programs). */
    static SessionDocument generated(int i) {
        int topicIndex = (i / CONTEXTS.length) % RelevanceTopics.ALL.size();
        int context = i % CONTEXTS.length;
        RelevanceTopics.Topic topic = RelevanceTopics.ALL.get(topicIndex);
        long id = GENERATED_BASE + i;
        String original = i % 2 == 0 ? "en" : "fr";
        String[] filler1 = FILLER[i % FILLER.length];
        String[] filler2 = FILLER[(i + 2) % FILLER.length];
        String abstractEn = topic.aboutEn() + " " + CONTEXTS[context][2] + " " + filler1[0] + " " + filler2[0];
        String abstractFr = topic.aboutFr() + " " + CONTEXTS[context][3] + " " + filler1[1] + " " + filler2[1];
        OffsetDateTime start = OffsetDateTime.of(2026, 6, 11 + i % 2, 9 + (i / 2) % 8, 0, 0, 0, ZoneOffset.ofHours(2));
        return new SessionDocument(id, EVENT, KINDS[i % KINDS.length], original, TRACKS[topicIndex % TRACKS.length],
                ROOMS[i % ROOMS.length], start, start.plusMinutes(40), List.of(speaker(id)),
                topic.titleEn() + " " + CONTEXTS[context][0], abstractEn,
                topic.titleFr() + " " + CONTEXTS[context][1], abstractFr, true, true,
                !"en".equals(original), !"fr".equals(original));
    }

    private static List<SessionDocument> demo() {
        var documents = new ArrayList<SessionDocument>();
        for (int i = 0; i < DEMO_FILES.size(); i++) {
            SessionSubmission s = demoSubmission(DEMO_FILES.get(i));
            String[] other = DEMO_TRANSLATIONS.get(s.externalId());
            // "mixed" (the open space notes): the notes as written serve as English, our translation as French.
            boolean en = !"fr".equals(s.lang());
            documents.add(new SessionDocument(i + 1, EVENT, s.kind(), s.lang(), s.track(), s.room(), s.start(),
                    s.end(), s.speakers(), en ? s.title() : other[0], en ? s.abstractText() : other[1],
                    en ? other[0] : s.title(), en ? other[1] : s.abstractText(), true, true, !en, en));
        }
        return documents;
    }

    private static SessionSubmission demoSubmission(String file) {
        try (InputStream in = RelevanceProgram.class.getClassLoader().getResourceAsStream("demo/" + file)) {
            return new MarkdownSubmissionParser().parse(in.readAllBytes(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
