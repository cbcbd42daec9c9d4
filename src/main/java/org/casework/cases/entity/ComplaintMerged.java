package org.casework.cases.entity;

/**
 * A complaint was merged into the case dealing with the same matter: what belonged to the duplicate follows it
 * (its evidence, which the evidence feature moves). Observers run in the merging transaction and say how many files
 * they moved, so that the case's step can say it.
 */
public final class ComplaintMerged {

    private final Complaint duplicate;
    private final Complaint into;
    private int filesMoved;

    public ComplaintMerged(Complaint duplicate, Complaint into) {
        this.duplicate = duplicate;
        this.into = into;
    }

    public Complaint duplicate() { return duplicate; }
    public Complaint into() { return into; }

    public void filesMoved(int count) {
        filesMoved += count;
    }

    public int filesMoved() { return filesMoved; }
}
