package org.casework.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A policy or guidance document, such as the MSC's social media policy; its text lives in its versions. */
@Entity
@Table(name = "policy_document")
public class PolicyDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
    @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String issuer;

    protected PolicyDocument() {
    }

    public PolicyDocument(String code, String title, String issuer) {
        this.code = code;
        this.title = title;
        this.issuer = issuer;
    }

    public String code() { return code; }
    public String title() { return title; }
    public String issuer() { return issuer; }
}
