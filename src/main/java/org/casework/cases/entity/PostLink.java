package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;

/** A link to the post complained about. Kept as text and shown as text: staff never follow it by accident. */
@Entity
@Table(name = "post_link")
public class PostLink {

    static final int MAX_LENGTH = 2048;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_link_seq")
    @SequenceGenerator(name = "post_link_seq", sequenceName = "post_link_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String url;

    protected PostLink() {
    }

    public PostLink(String url) {
        this.url = checked(url);
    }

    static String checked(String url) {
        String value = Require.text(url, "postLinks", MAX_LENGTH);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new InvalidFieldException("postLinks", "must be an http(s) address: " + value);
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("postLinks", "is not a valid address: " + value);
        }
        return value;
    }

    public Long id() { return id; }
    public String url() { return url; }
}
