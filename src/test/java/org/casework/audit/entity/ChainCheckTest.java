package org.casework.audit.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = new AuditEntry(i, previous, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i),
                    "investigator", AuditEntry.VIEW_CASE, "case MSC-2026-00000" + i, true, "127.0.0.1", "page");
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static ChainCheck.Result check(List<AuditEntry> entries, long headId, String headHash) {
        ChainCheck check = new ChainCheck();
        for (AuditEntry entry : entries) {
            if (!check.next(entry)) {
                break;
            }
        }
        return check.end(headId, headHash);
    }

    @Test
    void anUntouchedChainHolds() {
        List<AuditEntry> entries = chain(4);
        assertThat(check(entries, 4, entries.get(3).hash())).isEqualTo(new ChainCheck.Result(4, true, null, null));
        assertThat(check(List.of(), 0, AuditEntry.GENESIS).intact()).isTrue();
    }

    @Test
    void aChangedEntryIsFoundWhereItWasChanged() throws Exception {
        List<AuditEntry> entries = chain(4);
        var actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(entries.get(1), "someone else");
        ChainCheck.Result result = check(entries, 4, entries.get(3).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(2);
        assertThat(result.problem()).contains("changed after it was written");
    }

    @Test
    void aRemovedEntryIsFoundInTheMiddleAndAtTheEnd() {
        List<AuditEntry> entries = chain(4);
        List<AuditEntry> withoutSecond = new ArrayList<>(entries);
        withoutSecond.remove(1);
        assertThat(check(withoutSecond, 4, entries.get(3).hash()).problem()).isEqualTo("entry 2 is missing");
        assertThat(check(entries.subList(0, 3), 4, entries.get(3).hash()).problem())
                .contains("removed from its end");
    }

    @Test
    void anEntryRewrittenWithAFreshHashStillBreaksTheNextLink() {
        List<AuditEntry> entries = chain(3);
        AuditEntry forged = new AuditEntry(1, entries.get(0).hash(), entries.get(1).recordedAt(), "investigator",
                AuditEntry.VIEW_CASE, "case MSC-2026-000099", true, "127.0.0.1", "page");
        List<AuditEntry> tampered = new ArrayList<>(List.of(entries.get(0), forged, entries.get(2)));
        ChainCheck.Result result = check(tampered, 3, entries.get(2).hash());
        assertThat(result.firstBrokenEntry()).isEqualTo(3);
        assertThat(result.problem()).contains("does not follow");
    }

    @Test
    void controlCharactersAndOverlongTextAreKeptHarmless() {
        AuditEntry entry = new AuditEntry(0, AuditEntry.GENESIS, Instant.EPOCH, "eve\r\nforged: yes", "DENIED",
                "x".repeat(500), false, null, null);
        assertThat(entry.actor()).doesNotContain("\n", "\r");
        assertThat(entry.target()).hasSize(200);
        assertThat(entry.computeHash()).isEqualTo(entry.hash());
    }
}
