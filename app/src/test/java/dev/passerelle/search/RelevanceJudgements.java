package dev.passerelle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The judged queries of the relevance test, written from the content of {@link RelevanceProgram}: per topic one
 * query in each language (relevant: its five sessions and any demo session on the same subject), queries naming a
 * topic and an organisation (relevant: that one session), queries about the demo sessions, typos, prefixes and
 * speaker names.
 */
final class RelevanceJudgements {

    /** A query typed on the {@code lang} page and the sessions an attendee would want from it. */
    record Judged(String lang, String query, Set<Long> relevant) {
    }

    /** Demo sessions on the same subject as a generated topic, judged from their abstracts. */
    private static final Map<Integer, List<String>> DEMO_ON_TOPIC = Map.of(
            2, List.of("demo-continuous-deployment"),
            6, List.of("demo-observability-budget"),
            7, List.of("demo-open-space-sre"),
            10, List.of("demo-ignite-astreinte"),
            11, List.of("demo-ignite-astreinte", "demo-open-space-sre", "demo-observability-budget"),
            12, List.of("demo-observability-budget"),
            22, List.of("demo-platform-teams"));

    /** (topic, organisation, English query, French query): relevant is that one session. */
    private static final Object[][] TOPIC_AND_PLACE = {
            {0, 0, "blue-green bank", "blue-green banque"},
            {1, 1, "canary releases hospital", "canari réseau hospitalier"},
            {3, 2, "kubernetes autoscaling online retailer", "autoscaling kubernetes e-commerçant"},
            {8, 3, "chaos engineering video game studio", "chaos engineering studio de jeux vidéo"},
            {9, 4, "postmortems public administration", "post-mortems administration publique"},
            {17, 0, "database migration bank", "migration de base de données banque"},
            {21, 2, "finops online retailer", "finops e-commerçant"},
            {29, 1, "rate limiting hospital", "limitation de débit réseau hospitalier"},
            {42, 3, "kafka video game studio", "kafka studio de jeux vidéo"},
            {45, 4, "mainframe public administration", "mainframe administration publique"},
            {56, 0, "psychological safety bank", "sécurité psychologique banque"}};

    private RelevanceJudgements() {
    }

    static List<Judged> all(List<SessionDocument> corpus) {
        var judged = new ArrayList<Judged>();
        for (int t = 0; t < RelevanceTopics.ALL.size(); t++) {
            var relevant = new TreeSet<>(RelevanceProgram.topicIds(t));
            DEMO_ON_TOPIC.getOrDefault(t, List.of()).forEach(d -> relevant.add(RelevanceProgram.demoId(d)));
            judged.add(new Judged("en", RelevanceTopics.ALL.get(t).queryEn(), relevant));
            judged.add(new Judged("fr", RelevanceTopics.ALL.get(t).queryFr(), relevant));
        }
        for (Object[] q : TOPIC_AND_PLACE) {
            Set<Long> one = Set.of(RelevanceProgram.sessionId((int) q[0], (int) q[1]));
            judged.add(new Judged("en", (String) q[2], one));
            judged.add(new Judged("fr", (String) q[3], one));
        }
        demo(judged, "en", "deploy on Friday", "demo-ignite-deploiement-vendredi");
        demo(judged, "en", "monitoring bill", "demo-observability-budget");
        demo(judged, "en", "platform team user interviews", "demo-platform-teams");
        demo(judged, "en", "SRE for small teams", "demo-open-space-sre");
        demo(judged, "en", "phone rings at three in the morning", "demo-ignite-astreinte");
        demo(judged, "en", "continuous deployment kubectl", "demo-continuous-deployment");
        demo(judged, "fr", "déploiement continu", "demo-continuous-deployment", "demo-ignite-deploiement-vendredi");
        demo(judged, "fr", "facture de supervision", "demo-observability-budget");
        demo(judged, "fr", "entretiens utilisateurs plateforme", "demo-platform-teams");
        demo(judged, "fr", "astreinte trois heures du matin", "demo-ignite-astreinte");
        demo(judged, "fr", "deployer le vendredi", "demo-ignite-deploiement-vendredi");
        demo(judged, "fr", "SRE petites équipes", "demo-open-space-sre");
        // Typos (five letters or more) and prefixes of title words.
        judged.add(new Judged("en", "kubernetes autoscalling", RelevanceProgram.topicIds(3)));
        judged.add(new Judged("en", "blamless postmortems", RelevanceProgram.topicIds(9)));
        judged.add(new Judged("en", "terraf", RelevanceProgram.topicIds(4)));
        demo(judged, "en", "observabilty budget", "demo-observability-budget");
        judged.add(new Judged("fr", "sécurité psycologique", RelevanceProgram.topicIds(56)));
        judged.add(new Judged("fr", "monolite modulaire", RelevanceProgram.topicIds(44)));
        judged.add(new Judged("fr", "terraf", RelevanceProgram.topicIds(4)));
        judged.add(new Judged("fr", "astrein", union(RelevanceProgram.topicIds(10),
                Set.of(RelevanceProgram.demoId("demo-ignite-astreinte")))));
        // Speaker names, without accents or partly typed.
        speaker(judged, corpus, "en", "gaelle durand", "Gaëlle Durand");
        speaker(judged, corpus, "fr", "elodie garn", "Élodie Garnier");
        speaker(judged, corpus, "fr", "Inès Leroy", "Inès Leroy");
        return judged;
    }

    private static void demo(List<Judged> judged, String lang, String query, String... externalIds) {
        var relevant = new TreeSet<Long>();
        for (String id : externalIds) {
            relevant.add(RelevanceProgram.demoId(id));
        }
        judged.add(new Judged(lang, query, relevant));
    }

    private static void speaker(List<Judged> judged, List<SessionDocument> corpus, String lang, String query,
                                String name) {
        var relevant = new TreeSet<Long>();
        corpus.stream().filter(d -> d.speakers().contains(name)).forEach(d -> relevant.add(d.sessionId()));
        if (relevant.isEmpty()) {
            throw new IllegalStateException("No session by " + name + " in the corpus");
        }
        judged.add(new Judged(lang, query, relevant));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
