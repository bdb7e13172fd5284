package dev.passerelle.glossary.store;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Glossaries in the {@code glossary*} tables (migration V3). Plain JDBC statements; the caller owns the
 * transaction ({@link Glossaries} wraps every change in one). Every change bumps the glossary's version.
 */
public class GlossaryStore {

    static final String SHARED = "shared";

    private final JdbcClient jdbc;

    public GlossaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String scope(Long eventId) {
        return eventId == null ? SHARED : "event:" + eventId;
    }

    public List<GlossaryInfo> list() {
        return jdbc.sql(SELECT_INFO + " group by g.id, g.event_id, g.name, g.version order by g.event_id nulls first, g.id")
                .query(GlossaryStore::info).list();
    }

    public Optional<GlossaryInfo> find(Long eventId) {
        return jdbc.sql(SELECT_INFO + " where g.scope = ? group by g.id, g.event_id, g.name, g.version")
                .param(scope(eventId)).query(GlossaryStore::info).optional();
    }

    /** The glossary of the event (null: the shared one), created empty when absent, safely against a race. */
    public GlossaryInfo getOrCreate(Long eventId, String name) {
        return find(eventId).orElseGet(() -> {
            try {
                jdbc.sql("insert into glossary (scope, event_id, name, updated_at) values (?, ?, ?, ?)")
                        .params(scope(eventId), eventId, name, Timestamp.from(Instant.now())).update();
            } catch (DuplicateKeyException createdMeanwhile) {
                // another request created it first: use theirs
            }
            return find(eventId).orElseThrow();
        });
    }

    /** Current versions by scope ("shared", "event:<id>") of the given glossaries that exist. */
    Map<String, Long> versions(Long eventId) {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.sql("select scope, version from glossary where scope in (?, ?)").params(SHARED, scope(eventId))
                .query(rs -> {
                    versions.put(rs.getString("scope"), rs.getLong("version"));
                });
        return versions;
    }

    public List<Concept> concepts(long glossaryId) {
        return load(glossaryId, null);
    }

    public Optional<Concept> concept(long glossaryId, String key) {
        return load(glossaryId, key).stream().findFirst();
    }

    public void insert(long glossaryId, Concept concept) {
        checkLengths(concept);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from glossary_concept where glossary_id = ?")
                .param(glossaryId).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into glossary_concept (glossary_id, concept_key, position) values (?, ?, ?)")
                    .params(glossaryId, concept.id(), position).update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConceptExistsException(concept.id());
        }
        writeContent(key.getKey().longValue(), concept);
        touch(glossaryId);
    }

    /** Replaces the terms and properties of an existing concept; false when there is none with that id. */
    public boolean update(long glossaryId, Concept concept) {
        Optional<Long> id = conceptId(glossaryId, concept.id());
        id.ifPresent(conceptId -> {
            checkLengths(concept);
            jdbc.sql("delete from glossary_property where concept_id = ?").param(conceptId).update();
            jdbc.sql("delete from glossary_term where concept_id = ?").param(conceptId).update();
            writeContent(conceptId, concept);
            touch(glossaryId);
        });
        return id.isPresent();
    }

    public boolean delete(long glossaryId, String key) {
        boolean deleted = jdbc.sql("delete from glossary_concept where glossary_id = ? and concept_key = ?")
                .params(glossaryId, key).update() > 0;
        if (deleted) {
            touch(glossaryId);
        }
        return deleted;
    }

    /** Deletes the concepts whose id is not in {@code keep}; returns how many. */
    public int deleteAllExcept(long glossaryId, Set<String> keep) {
        int deleted = 0;
        for (String key : jdbc.sql("select concept_key from glossary_concept where glossary_id = ?").param(glossaryId)
                .query(String.class).list()) {
            if (!keep.contains(key)) {
                deleted += jdbc.sql("delete from glossary_concept where glossary_id = ? and concept_key = ?")
                        .params(glossaryId, key).update();
            }
        }
        if (deleted > 0) {
            touch(glossaryId);
        }
        return deleted;
    }

    /** The column sizes of V3, checked before writing so a long value is a clear refusal, not an SQL error. */
    private static void checkLengths(Concept concept) {
        checkLength("concept id", concept.id(), 200);
        for (Term term : concept.terms()) {
            checkLength("term", term.text(), 500);
            checkLength("language", term.lang(), 35);
            checkLength("part of speech", term.partOfSpeech(), 60);
            term.properties().forEach(p -> checkLength("property type", p.type(), 200));
        }
        concept.properties().forEach(p -> {
            checkLength("property type", p.type(), 200);
            checkLength("language", p.lang(), 35);
        });
    }

    private static void checkLength(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("The " + what + " '" + value.substring(0, 40) + "…' is longer than "
                    + max + " characters");
        }
    }

    private Optional<Long> conceptId(long glossaryId, String key) {
        return jdbc.sql("select id from glossary_concept where glossary_id = ? and concept_key = ?")
                .params(glossaryId, key).query(Long.class).optional();
    }

    private void touch(long glossaryId) {
        jdbc.sql("update glossary set version = version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), glossaryId).update();
    }

    private void writeContent(long conceptId, Concept concept) {
        int position = 0;
        for (Property property : concept.properties()) {
            insertProperty(conceptId, null, position++, property);
        }
        int termPosition = 0;
        for (Term term : concept.terms()) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into glossary_term (concept_id, position, lang, text, part_of_speech, status,"
                            + " case_sensitive, do_not_translate, definition, note, source)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(conceptId, termPosition++, term.lang(), term.text(), term.partOfSpeech(),
                            term.status().name(), term.caseSensitive(), term.doNotTranslate(), term.definition(),
                            term.note(), term.source())
                    .update(key, "id");
            long termId = key.getKey().longValue();
            for (Property property : term.properties()) {
                insertProperty(conceptId, termId, position++, property);
            }
        }
    }

    private void insertProperty(long conceptId, Long termId, int position, Property property) {
        jdbc.sql("insert into glossary_property (concept_id, term_id, position, lang, type, content, target)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(conceptId, termId, position, property.lang(), property.type(), property.value(),
                        property.target())
                .update();
    }

    /** Three queries for the whole glossary (or one concept), assembled in memory. */
    private List<Concept> load(long glossaryId, String key) {
        String filter = key == null ? "" : " and c.concept_key = :key";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("glossary", glossaryId);
        if (key != null) {
            params.put("key", key);
        }
        Map<Long, String> keys = new LinkedHashMap<>();
        jdbc.sql("select c.id, c.concept_key from glossary_concept c where c.glossary_id = :glossary" + filter
                + " order by c.position, c.id").params(params)
                .query(rs -> {
                    keys.put(rs.getLong("id"), rs.getString("concept_key"));
                });
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Property>> conceptProperties = new LinkedHashMap<>();
        Map<Long, List<Property>> termProperties = new LinkedHashMap<>();
        jdbc.sql("select p.* from glossary_property p join glossary_concept c on c.id = p.concept_id"
                + " where c.glossary_id = :glossary" + filter + " order by p.concept_id, p.position").params(params)
                .query(rs -> {
                    Property property = new Property(rs.getString("lang"), rs.getString("type"),
                            rs.getString("content"), rs.getString("target"));
                    long termId = rs.getLong("term_id");
                    if (rs.wasNull()) {
                        conceptProperties.computeIfAbsent(rs.getLong("concept_id"), c -> new ArrayList<>()).add(property);
                    } else {
                        termProperties.computeIfAbsent(termId, t -> new ArrayList<>()).add(property);
                    }
                });
        Map<Long, List<Term>> terms = new LinkedHashMap<>();
        jdbc.sql("select t.* from glossary_term t join glossary_concept c on c.id = t.concept_id"
                + " where c.glossary_id = :glossary" + filter + " order by t.concept_id, t.position").params(params)
                .query(rs -> {
                    terms.computeIfAbsent(rs.getLong("concept_id"), c -> new ArrayList<>())
                            .add(term(rs, termProperties.getOrDefault(rs.getLong("id"), List.of())));
                });
        List<Concept> concepts = new ArrayList<>();
        keys.forEach((id, conceptKey) -> concepts.add(new Concept(conceptKey,
                conceptProperties.getOrDefault(id, List.of()), terms.getOrDefault(id, List.of()))));
        return concepts;
    }

    private static Term term(ResultSet rs, List<Property> properties) throws SQLException {
        return new Term(rs.getString("lang"), rs.getString("text"), rs.getString("part_of_speech"),
                TermStatus.valueOf(rs.getString("status")), rs.getBoolean("case_sensitive"),
                rs.getBoolean("do_not_translate"), rs.getString("definition"), rs.getString("note"),
                rs.getString("source"), properties);
    }

    private static final String SELECT_INFO = "select g.id, g.event_id, g.name, g.version, count(c.id) as concepts"
            + " from glossary g left join glossary_concept c on c.glossary_id = g.id";

    private static GlossaryInfo info(ResultSet rs, int row) throws SQLException {
        long event = rs.getLong("event_id");
        Long eventId = rs.wasNull() ? null : event;
        return new GlossaryInfo(rs.getLong("id"), eventId, rs.getString("name"),
                rs.getLong("version"), rs.getInt("concepts"));
    }
}
