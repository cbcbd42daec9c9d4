package org.casework.security.entity;

import java.io.Serializable;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A single sign-on under way, kept in the browser's session until the identity provider sends the browser back:
 * the state that ties the answer to this browser, the nonce the ID token must repeat, the PKCE verifier, and the page
 * the user was going to. {@code url} is where the browser is sent (not kept).
 */
public record SingleSignOnRequest(String state, String nonce, String verifier, String next, Instant startedAt,
                                  String url) implements Serializable {

    /** Long enough to type a password and answer a second factor at the provider. */
    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    public SingleSignOnRequest(String state, String nonce, String verifier, String next, Instant startedAt) {
        this(state, nonce, verifier, next, startedAt, null);
    }

    public SingleSignOnRequest at(String authorizationUrl) {
        return new SingleSignOnRequest(state, nonce, verifier, next, startedAt, authorizationUrl);
    }

    /** The provider's answer belongs to this request: same state, and not stale. */
    public boolean answeredBy(String returnedState, Instant now) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(), returnedState.getBytes())
                && now.isBefore(startedAt.plus(VALID_FOR));
    }
}
