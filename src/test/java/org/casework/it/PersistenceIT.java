package org.casework.it;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.entity.CaseFixtures;
import org.casework.cases.entity.Complainant;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.PostLink;
import org.casework.cases.entity.Relationship;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseReference;
import org.casework.kernel.CaseReferenceConverter;
import org.casework.kernel.ClauseId;
import org.casework.kernel.ClauseIdConverter;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.Sha256Converter;
import org.casework.kernel.TeamCode;
import org.casework.kernel.TeamCodeConverter;
import org.casework.kernel.WrongStageException;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterKind;
import org.casework.letters.entity.LetterTemplate;
import org.casework.platform.control.CaseworkDataSource;
import org.casework.platform.control.SchemaMigration;
import org.casework.policy.control.PolicyFile;
import org.casework.policy.control.PolicyFileRefusedException;
import org.casework.policy.control.PolicySuccession;
import org.casework.policy.entity.PolicyClause;
import org.casework.policy.entity.PolicyDocument;
import org.casework.policy.entity.PolicyVersion;
import org.casework.register.entity.Practitioner;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.Team;
import org.casework.statistics.entity.ClosedCase;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Flyway migrations and the JPA mappings against the integration database (H2 by default, MariaDB in the
 * mariadb profile): Hibernate validates every mapped table and column against the migrated schema, and a full case
 * round-trips through it.
 */
@Tag("integration")
class PersistenceIT {

    static CaseworkDataSource dataSource;
    static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        dataSource = new CaseworkDataSource();
        dataSource.setUrl(System.getProperty("casework.it.db.url"));
        dataSource.setUser(System.getProperty("casework.it.db.user"));
        dataSource.setPassword(System.getProperty("casework.it.db.password"));
        SchemaMigration.applyTo(dataSource);
        Configuration configuration = new Configuration()
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP");
        configuration.getProperties().put("hibernate.connection.datasource", dataSource);
        for (Class<?> entity : List.of(Complaint.class, Complainant.class, PostLink.class,
                Decision.class, PolicyDocument.class, PolicyVersion.class, PolicyClause.class, Practitioner.class,
                EvidenceItem.class, Letter.class, StaffAccount.class, LetterTemplate.class,
                AuditEntry.class, Team.class,
                ClosedCase.class)) {
            configuration.addAnnotatedClass(entity);
        }
        configuration.addAttributeConverter(CaseReferenceConverter.class);
        configuration.addAttributeConverter(ClauseIdConverter.class);
        configuration.addAttributeConverter(Sha256Converter.class);
        configuration.addAttributeConverter(TeamCodeConverter.class);
        sessions = configuration.buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    /**
     * Every paragraph 1-12 of the shipped MSC policy, word for word as in the published text (a copy of the seed in
     * src/test/resources): the body must appear in the document as its paragraph, and its heading as a heading.
     */
    @Test
    void theMscPolicyIsShippedClauseByClauseWordForWord() throws Exception {
        String published;
        try (var in = PersistenceIT.class.getResourceAsStream("/seeds/msc-social-media-policy-2020.txt")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the seed is markdown: [text](link) reads as text, and *emphasis* marks are not words
        String document = words(published.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("*", ""));
        List<String> headings = published.lines().map(String::strip).toList();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.number, c.heading, c.body, c.clause_id FROM policy_clause c "
                     + "JOIN policy_version v ON v.id = c.version_id JOIN policy_document d ON d.id = v.document_id "
                     + "WHERE d.code = 'MSC-SM' AND v.label = 'One' ORDER BY c.position")) {
            int count = 0;
            while (rows.next()) {
                count++;
                String number = rows.getString("number");
                assertThat(number).isEqualTo(String.valueOf(count));
                assertThat(rows.getString("clause_id")).isEqualTo("MSC-SM-2020/" + count);
                assertThat(document).as("clause " + number + ", word for word")
                        .contains(number + ". " + words(rows.getString("body")));
                for (String part : rows.getString("heading").split(": ")) {
                    assertThat(headings).as("heading of clause " + number).anySatisfy(
                            line -> assertThat(line).isEqualToIgnoringCase(part));
                }
            }
            assertThat(count).isEqualTo(12);
        }
    }

    /**
     * The second policy: each passage of the GMC guidance, line by line, as quoted in the source documents (copies in
     * src/test/resources), whatever the quotation marks and the case of a quotation's first letter.
     */
    @Test
    void theGmcPassagesAreTheOnesTheSourcesQuote() throws Exception {
        String quoted = "";
        for (String seed : List.of("medical-protection-gmc-social-media-factsheet-2016.txt",
                "mdu-social-media-article.txt")) {
            try (var in = PersistenceIT.class.getResourceAsStream("/seeds/" + seed)) {
                quoted += " " + plain(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.clause_id, c.body, v.label, d.title FROM policy_clause c "
                     + "JOIN policy_version v ON v.id = c.version_id JOIN policy_document d ON d.id = v.document_id "
                     + "WHERE d.code = 'GMC-SM' ORDER BY c.position")) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertThat(rows.getString("title")).isEqualTo("Doctors' use of social media");
                assertThat(rows.getString("label")).isEqualTo("2013");
                for (String line : rows.getString("body").split("\n")) {
                    assertThat(quoted).as(rows.getString("clause_id")).contains(plain(line));
                }
            }
            assertThat(count).isEqualTo(4);
        }
    }

    /** Lower case, without quotation marks, white space collapsed. */
    private static String plain(String text) {
        return text.replaceAll("[\"\u201C\u201D\u2018\u2019']", "").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The words of a text, bullets and line breaks aside: "- " list marks go, any run of white space is one space. */
    private static String words(String text) {
        return text.lines().map(l -> l.strip().replaceFirst("^[-\u2022] ", "")).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
    }

    @Test
    void aDecidedCaseWithItsLetterRoundTrips() {
        String reference;
        try (var session = sessions.openSession()) {
            var tx = session.beginTransaction();
            long serial = ((Number) session.createNativeQuery("SELECT NEXT VALUE FOR case_reference_seq", Object.class)
                    .getSingleResult()).longValue();
            Complaint complaint = new Complaint(CaseReference.of("TST", 2026, serial), "b".repeat(64),
                    new Complainant("Tom Reweti", "tom@example.org", null, Relationship.COLLEAGUE),
                    new NamedPractitioner("David Marsh", null, null, null), Platform.FACEBOOK,
                    List.of("https://www.facebook.com/a", "https://www.facebook.com/b"), CaseFixtures.DAVID_CONDUCT,
                    "Te reo M\u0101ori and emoji \uD83D\uDE00 survive utf8mb4", Instant.now());
            complaint.assignTo(new TeamCode("investigations"));
            session.persist(complaint);
            complaint.accept("investigator", "note", Instant.now());
            PolicyClause clause8 = session.createQuery("select c from PolicyClause c where c.clauseId = :id",
                    PolicyClause.class).setParameter("id", new ClauseId("MSC-SM-2020/8")).getSingleResult();
            complaint.decide(new Decision(Outcome.WARNING, "reasons", List.of(clause8), CaseFixtures.DAVID_CONDUCT,
                    "examiner", Instant.now()));
            complaint.close(Instant.now());
            session.persist(new Letter(complaint, LetterKind.DECISION_TO_PRACTITIONER, "David Marsh",
                    new byte[200_000], Instant.now()));
            tx.commit();
            reference = complaint.reference().value();
        }
        try (var session = sessions.openSession()) {
            Complaint loaded = session.createQuery("select c from Complaint c where c.reference = :r", Complaint.class)
                    .setParameter("r", new CaseReference(reference)).getSingleResult();
            assertThat(loaded.team()).as("the team the migration created")
                    .isEqualTo(new TeamCode("investigations"));
            assertThat(loaded.description()).endsWith("\uD83D\uDE00 survive utf8mb4").contains("M\u0101ori");
            assertThat(loaded.postLinks()).extracting(l -> l.url())
                    .containsExactly("https://www.facebook.com/a", "https://www.facebook.com/b");
            assertThat(loaded.decision().citedClauses()).extracting(c -> c.number()).containsExactly("8");
            Letter letter = session.createQuery("select l from Letter l where l.complaint = :c", Letter.class)
                    .setParameter("c", loaded).getSingleResult();
            assertThat(letter.content()).hasSize(200_000);
        }
    }

    /**
     * An administrator's import on the real database: a preview stores nothing; a new document and its version; a
     * second version supersedes the first; an uncited version may be replaced; once a decision cites it, it can only
     * be superseded; a version older than the newest is refused by field.
     */
    @Test
    void policyVersionsAreImportedSupersededAndFrozenOnceCited() {
        String code = "TST-" + (System.nanoTime() % 1_000_000);
        var first = new PolicyFile(new PolicyFile.Document(code, "Privacy guidance", "Medical Sciences Council"),
                new PolicyFile.Version("1", LocalDate.of(2021, 1, 1), null),
                List.of(new PolicyFile.Clause("1", "Scope", "Applies to:\n- posts\n- messages"),
                        new PolicyFile.Clause("2", "Consent", "Ask first.")));
        try (var session = sessions.openSession()) {
            var tx = session.beginTransaction();
            var plan = new PolicySuccession(session).preview(first);
            tx.commit();
            assertThat(plan.newDocument()).isTrue();
            assertThat(plan.stored()).isFalse();
            assertThat(plan.clauses()).extracting(c -> c.clauseId()).containsExactly(code + "-2021/1", code + "-2021/2");
            assertThat(session.createQuery("select count(d) from PolicyDocument d where d.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult()).as("a preview stores nothing").isZero();
        }
        inTransaction(s -> new PolicySuccession(s).apply(first));
        var second = new PolicyFile(new PolicyFile.Document(code, null, null),
                new PolicyFile.Version("2", LocalDate.of(2024, 7, 1), null),
                List.of(new PolicyFile.Clause("1", "Scope", "Applies to everything posted.")));
        var superseding = inTransaction(s -> new PolicySuccession(s).apply(second));
        assertThat(superseding.supersedes()).isEqualTo("1");
        assertThat(clause(code + "-2021/2").version().effectiveTo()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(clause(code + "-2021/1").body()).isEqualTo("Applies to:\n- posts\n- messages");

        var corrected = new PolicyFile(second.document(), second.version(),
                List.of(new PolicyFile.Clause("1", "Scope and reach", "Applies to everything posted.")));
        assertThat(inTransaction(s -> new PolicySuccession(s).apply(corrected)).replaces()).isTrue();
        assertThat(clause(code + "-2024/1").heading()).isEqualTo("Scope and reach");

        var older = new PolicyFile(second.document(), new PolicyFile.Version("0", LocalDate.of(2020, 1, 1),
                null), second.clauses());
        assertThatThrownBy(() -> inTransaction(s -> new PolicySuccession(s).apply(older)))
                .isInstanceOfSatisfying(PolicyFileRefusedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.reason()).containsExactly(
                                "version.effectiveFrom must be after 2021-01-01, when version 1 came into force",
                                "version.effectiveFrom must be after 2024-07-01, when version 2 came into force"));

        citeInADecision(code + "-2024/1");
        assertThatThrownBy(() -> inTransaction(s -> new PolicySuccession(s).apply(corrected)))
                .isInstanceOf(WrongStageException.class)
                .hasMessage("Privacy guidance, version 2 has been cited by a decision: it can no longer be changed, "
                        + "only superseded by a new version");
        var third = new PolicyFile(second.document(), new PolicyFile.Version("3", LocalDate.of(2026, 6, 1),
                null), List.of(new PolicyFile.Clause("1", "Scope", "Applies to everything, everywhere.")));
        assertThat(inTransaction(s -> new PolicySuccession(s).apply(third)).supersedes()).isEqualTo("2");
        PolicyClause cited = clause(code + "-2024/1");
        assertThat(cited.heading()).as("the cited text stays as cited").isEqualTo("Scope and reach");
        assertThat(cited.version().effectiveTo()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    private static <T> T inTransaction(Function<Session, T> work) {
        try (var session = sessions.openSession()) {
            var tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
    }

    private static PolicyClause clause(String id) {
        try (var session = sessions.openSession()) {
            return session.createQuery("select c from PolicyClause c join fetch c.version v join fetch v.document "
                    + "where c.clauseId = :id", PolicyClause.class).setParameter("id", new ClauseId(id))
                    .getSingleResult();
        }
    }

    private static void citeInADecision(String clauseId) {
        inTransaction(session -> {
            long serial = ((Number) session.createNativeQuery("SELECT NEXT VALUE FOR case_reference_seq", Object.class)
                    .getSingleResult()).longValue();
            Complaint complaint = new Complaint(CaseReference.of("TST", 2026, serial), "c".repeat(64),
                    new Complainant("Tom Reweti", "tom@example.org", null, Relationship.COLLEAGUE),
                    new NamedPractitioner("David Marsh", null, null, null), Platform.FACEBOOK,
                    List.of("https://www.facebook.com/c"), CaseFixtures.DAVID_CONDUCT, "A post.", Instant.now());
            session.persist(complaint);
            complaint.accept("investigator", "note", Instant.now());
            PolicyClause clause = session.createQuery("select c from PolicyClause c where c.clauseId = :id",
                    PolicyClause.class).setParameter("id", new ClauseId(clauseId)).getSingleResult();
            complaint.decide(new Decision(Outcome.ADVICE, "reasons", List.of(clause), CaseFixtures.DAVID_CONDUCT,
                    "examiner", Instant.now()));
            return complaint;
        });
    }

    /** The chain survives the database (hashes and times read back as written) and an edit made in SQL is found. */
    @Test
    void anAuditEntryEditedInTheDatabaseBreaksTheChain() throws Exception {
        List<AuditEntry> written = new ArrayList<>();
        long base;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
            max.next();
            base = max.getLong(1) + 1_000_000;
        }
        try (var session = sessions.openSession()) {
            var tx = session.beginTransaction();
            String previous = AuditEntry.GENESIS;
            for (int i = 0; i < 3; i++) {
                var entry = new AuditEntry(base + i, previous, Instant.now(),
                        "investigator", "VIEW_CASE", "case MSC-2026-00000" + i, true, "127.0.0.1", "page");
                session.persist(entry);
                written.add(entry);
                previous = entry.hash();
            }
            tx.commit();
        }
        try (var session = sessions.openSession()) {
            for (var entry : written) {
                var read = session.get(AuditEntry.class, entry.id());
                assertThat(read.computeHash()).as("entry " + entry.id() + " as read back").isEqualTo(entry.hash());
            }
        }
        try (Connection connection = dataSource.getConnection();
             var update = connection.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
            update.setString(1, "someone else");
            update.setLong(2, base + 2);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        try (var session = sessions.openSession()) {
            var read = session.get(AuditEntry.class, base + 2);
            assertThat(read.computeHash()).as("the edited entry").isNotEqualTo(read.hash());
        } finally {
            // the server's own chain may share this database in the other integration tests
            try (Connection connection = dataSource.getConnection();
                 var delete = connection.prepareStatement("DELETE FROM audit_entry WHERE id > ?")) {
                delete.setLong(1, base);
                delete.executeUpdate();
            }
        }
    }
}
