package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.kernel.Platform;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A link to the post complained about, normalised. Kept as text and shown as text: nobody follows it by accident. */
@Entity
@Table(name = "post_link")
public class PostLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_link_seq")
    @SequenceGenerator(name = "post_link_seq", sequenceName = "post_link_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = PostUrl.MAX_LENGTH)
    private String url;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "match_hash", nullable = false, length = 64)
    private String matchHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Platform platform;

    protected PostLink() {
    }

    public PostLink(PostUrl url) {
        this.url = url.value();
        this.matchHash = url.matchHash();
        this.platform = url.platform().orElse(null);
    }

    /** The same link, for another complaint. */
    PostLink copy() {
        PostLink copy = new PostLink();
        copy.url = url;
        copy.matchHash = matchHash;
        copy.platform = platform;
        return copy;
    }

    public Long id() { return id; }
    public String url() { return url; }
    /** Equal for two links to the same post, however each was written. */
    public String matchHash() { return matchHash; }
    /** The platform recognised from the link's host, if any. */
    public Platform platform() { return platform; }
}
