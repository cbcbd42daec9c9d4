package org.casework.audit.entity;

/**
 * Checks audit entries in id order against each other: no id skipped, each chained to the one before, each hash
 * still that of its fields; then that the chain ends where the head says it does.
 */
public class ChainCheck {

    /** What a check found: how many entries held, and the first that did not with why. */
    public record Result(long entries, boolean intact, Long firstBrokenEntry, String problem) {
    }

    private long expectedId = 1;
    private String previous = AuditEntry.GENESIS;
    private Result broken;

    /** False once the chain is broken (then {@link #result} says where). */
    public boolean next(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.id() != expectedId) {
            broken = new Result(expectedId - 1, false, expectedId, "entry " + expectedId + " is missing");
        } else if (!entry.previousHash().equals(previous)) {
            broken = new Result(expectedId - 1, false, entry.id(), "entry " + entry.id()
                    + " does not follow the one before it");
        } else if (!entry.computeHash().equals(entry.hash())) {
            broken = new Result(expectedId - 1, false, entry.id(), "entry " + entry.id()
                    + " was changed after it was written");
        } else {
            previous = entry.hash();
            expectedId++;
        }
        return broken == null;
    }

    public long nextId() {
        return expectedId;
    }

    /** The verdict, given the head's record of the last entry written. */
    public Result end(long headId, String headHash) {
        if (broken != null) {
            return broken;
        }
        long last = expectedId - 1;
        if (headId != last || !headHash.strip().equals(previous)) {
            return new Result(last, false, last + 1, "the log ends at entry " + last + " but entry " + headId
                    + " was the last written: entries were removed from its end");
        }
        return new Result(last, true, null, null);
    }
}
