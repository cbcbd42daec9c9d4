package org.casework.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.casework.kernel.InvalidFieldException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submission made with an {@code Idempotency-Key}, written in the complaint's own transaction: a retry with the
 * same key and the same request gets the first answer again; the same key with another request is refused.
 */
@Entity
@Table(name = "idempotent_submission")
public class IdempotentSubmission {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "sealed_receipt", nullable = false, length = 1024)
    private byte[] sealedReceipt;

    @Column(nullable = false, length = 30)
    private String reference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentSubmission() {
    }

    public IdempotentSubmission(IdempotencyKey key, String requestHash, Receipt receipt, Instant at) {
        this.keyHash = key.hash();
        this.requestHash = requestHash;
        this.sealedReceipt = key.seal(receipt.reference() + "\n" + receipt.trackingCode() + "\n" + receipt.status());
        this.reference = receipt.reference();
        this.createdAt = at;
    }

    /** The first answer, for a retry of the same request; refused (422) for another request under the same key. */
    public Receipt replay(IdempotencyKey key, String requestHash) {
        if (!this.requestHash.equals(requestHash)) {
            throw new InvalidFieldException(IdempotencyKey.HEADER, "was already used for a different complaint ("
                    + reference + "); use a new key for a new complaint") {
                @Override
                public int httpStatus() {
                    return 422;
                }
            };
        }
        String[] fields = key.open(sealedReceipt).split("\n", 3);
        return new Receipt(fields[0], fields[1], fields[2]);
    }

    /** Kept for {@code lifetime} after the first answer; after that the key is free again and the row is purged. */
    public boolean expired(Instant now, Duration lifetime) {
        return !createdAt.plus(lifetime).isAfter(now);
    }

    public String reference() {
        return reference;
    }
}
