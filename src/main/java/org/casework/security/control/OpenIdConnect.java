package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.casework.security.entity.SingleSignOnRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relying party of OpenID Connect's authorization code flow (with PKCE) for staff single sign-on. The identity
 * provider proves who someone is; Casework's own staff directory still decides whether they have an account and
 * which roles and team it holds. Off unless {@code casework.oidc.issuer} is set.
 */
@ApplicationScoped
public class OpenIdConnect {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long CLOCK_SKEW_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "casework.oidc.issuer")
    Optional<String> issuer;
    @Inject
    @ConfigProperty(name = "casework.oidc.client-id", defaultValue = "casework")
    String clientId;
    @Inject
    @ConfigProperty(name = "casework.oidc.client-secret")
    Optional<String> clientSecret;
    @Inject
    @ConfigProperty(name = "casework.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;
    @Inject
    @ConfigProperty(name = "casework.oidc.scope", defaultValue = "openid profile")
    String scope;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile JsonObject provider;
    private volatile JsonObject keys;

    public boolean enabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    /** A new sign-in: what to remember in the session, and where to send the browser. */
    public SingleSignOnRequest begin(String redirectUri, String next) {
        SingleSignOnRequest pending = new SingleSignOnRequest(random(), random(), random(), next, Instant.now());
        String url = endpoint("authorization_endpoint") + "?response_type=code"
                + "&client_id=" + encode(clientId) + "&redirect_uri=" + encode(redirectUri)
                + "&scope=" + encode(scope) + "&state=" + encode(pending.state()) + "&nonce=" + encode(pending.nonce())
                + "&code_challenge_method=S256&code_challenge=" + encode(challenge(pending.verifier()));
        return pending.at(url);
    }

    /**
     * The username the provider vouches for, after exchanging the code and checking the ID token's signature,
     * issuer, audience, expiry and nonce; any failure is a {@link SingleSignOnException} saying what failed.
     */
    public String complete(String code, String redirectUri, SingleSignOnRequest pending) {
        if (code == null || code.isBlank()) {
            throw new SingleSignOnException("the provider sent no authorization code");
        }
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&code_verifier=" + encode(pending.verifier());
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret.orElse("")))
                .getBytes(StandardCharsets.UTF_8));
        JsonObject tokens = post(endpoint("token_endpoint"), form, "Basic " + basic);
        if (!(tokens.get("id_token") instanceof JsonString idToken)) {
            throw new SingleSignOnException("the token endpoint returned no ID token");
        }
        JsonObject claims = verified(idToken.getString());
        if (!provider().getString("issuer").equals(claims.getString("iss", null))) {
            throw new SingleSignOnException("the ID token comes from another issuer");
        }
        if (!audienceHasClient(claims.get("aud"))) {
            throw new SingleSignOnException("the ID token is not for this client");
        }
        long now = Instant.now().getEpochSecond();
        if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + CLOCK_SKEW_SECONDS < now) {
            throw new SingleSignOnException("the ID token has expired");
        }
        if (!pending.nonce().equals(claims.getString("nonce", null))) {
            throw new SingleSignOnException("the ID token answers another sign-in (nonce)");
        }
        String username = claims.getString(usernameClaim, null);
        if (username == null || username.isBlank()) {
            throw new SingleSignOnException("the ID token carries no " + usernameClaim);
        }
        return username;
    }

    private boolean audienceHasClient(JsonValue aud) {
        if (aud instanceof JsonString one) {
            return clientId.equals(one.getString());
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY
                && aud.asJsonArray().getValuesAs(JsonString.class).stream().anyMatch(a -> clientId.equals(a.getString()));
    }

    /** The token's claims once its RS256 signature checks out against the provider's published keys. */
    private JsonObject verified(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new SingleSignOnException("the ID token is not a signed JWT");
        }
        JsonObject header = json(decode(parts[0]));
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new SingleSignOnException("the ID token is signed with " + header.getString("alg", "nothing")
                    + ", not RS256");
        }
        String kid = header.getString("kid", null);
        PublicKey key = key(kid, false).or(() -> key(kid, true))
                .orElseThrow(() -> new SingleSignOnException("the ID token's key is not among the provider's"));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new SingleSignOnException("the ID token's signature is wrong");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SingleSignOnException("the ID token's signature cannot be checked");
        }
        return json(decode(parts[1]));
    }

    private Optional<PublicKey> key(String kid, boolean refresh) {
        if (refresh || keys == null) {
            keys = get(provider().getString("jwks_uri"));
        }
        return keys.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> "RSA".equals(k.getString("kty", null)) && !"enc".equals(k.getString("use", "sig")))
                .filter(k -> kid == null || kid.equals(k.getString("kid", null)))
                .findFirst().map(OpenIdConnect::rsa);
    }

    private static PublicKey rsa(JsonObject jwk) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
        } catch (GeneralSecurityException e) {
            throw new SingleSignOnException("the provider publishes an unusable RSA key");
        }
    }

    private String endpoint(String name) {
        return provider().getString(name);
    }

    /** The provider's discovery document, read once. */
    private JsonObject provider() {
        if (provider == null) {
            String base = issuer.orElseThrow().replaceAll("/+$", "");
            provider = get(base + "/.well-known/openid-configuration");
        }
        return provider;
    }

    private JsonObject get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    private JsonObject post(String url, String form, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private JsonObject send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SingleSignOnException("the provider answered " + response.statusCode() + " at "
                        + request.uri().getPath());
            }
            return json(response.body());
        } catch (IOException e) {
            throw new SingleSignOnException("the provider cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SingleSignOnException("interrupted while asking the provider");
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SingleSignOnException("the provider sent something that is not a JSON object");
        }
    }

    private static String decode(String base64url) {
        try {
            return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SingleSignOnException("the ID token is not valid base64url");
        }
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
