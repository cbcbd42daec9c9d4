package org.casework.security.control;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.casework.security.entity.SingleSignOnRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ID token checks of single sign-on, against a small provider in-process: discovery, keys and a token endpoint
 * that answers whatever token the test signs. The whole flow with a real provider is {@code SingleSignOnIT}.
 */
class OpenIdConnectTest {

    private static final String REDIRECT = "https://casework.example/sso/callback";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair providerKey = rsa();
    private HttpServer server;
    private String issuer;
    private volatile String token;
    private volatile String lastTokenForm;
    private OpenIdConnect openId;
    private SingleSignOnRequest pending;

    @BeforeEach
    void startProvider() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        answer("/.well-known/openid-configuration", () -> "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\""
                + issuer + "/auth\",\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\"}");
        RSAPublicKey pub = (RSAPublicKey) providerKey.getPublic();
        answer("/jwks", () -> "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"k1\",\"n\":\""
                + B64.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + B64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}");
        server.createContext("/token", exchange -> {
            lastTokenForm = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = ("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"id_token\":\"" + token + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        openId = new OpenIdConnect();
        openId.issuer = Optional.of(issuer);
        openId.clientId = "casework";
        openId.clientSecret = Optional.of("secret");
        openId.usernameClaim = "preferred_username";
        openId.scope = "openid profile";
        pending = openId.begin(REDIRECT, "/staff/case.xhtml?ref=MSC-2026-000001");
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    @Test
    void theStartCarriesStateNonceAndTheS256ChallengeOfTheVerifier() throws Exception {
        Map<String, String> query = query(pending.url().substring(pending.url().indexOf('?') + 1));
        assertThat(pending.url()).startsWith(issuer + "/auth?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "casework")
                .containsEntry("redirect_uri", REDIRECT).containsEntry("state", pending.state())
                .containsEntry("nonce", pending.nonce()).containsEntry("code_challenge_method", "S256")
                .containsEntry("code_challenge", B64.encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(pending.verifier().getBytes(StandardCharsets.US_ASCII))));
        assertThat(pending.state()).isNotEqualTo(pending.nonce()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(pending.answeredBy(pending.state(), Instant.now())).isTrue();
        assertThat(pending.answeredBy("guessed", Instant.now())).isFalse();
        assertThat(pending.answeredBy(pending.state(), Instant.now().plus(SingleSignOnRequest.VALID_FOR))).isFalse();
    }

    @Test
    void aGoodTokenGivesTheUsernameAndTheCodeIsExchangedWithItsVerifier() {
        token = signed(providerKey, "RS256", claims(issuer, "\"casework\"", future(), pending.nonce()));
        assertThat(openId.complete("the-code", REDIRECT, pending)).isEqualTo("investigator");
        assertThat(query(lastTokenForm)).containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "the-code").containsEntry("code_verifier", pending.verifier())
                .containsEntry("redirect_uri", REDIRECT);
        token = signed(providerKey, "RS256", claims(issuer, "[\"other\",\"casework\"]", future(), pending.nonce()));
        assertThat(openId.complete("c", REDIRECT, pending)).as("one audience among several").isEqualTo("investigator");
    }

    @Test
    void everyForgedOrMisdirectedTokenIsRefusedSayingWhy() {
        refused(signed(rsa(), "RS256", claims(issuer, "\"casework\"", future(), pending.nonce())), "signature is wrong");
        refused(signed(providerKey, "HS256", claims(issuer, "\"casework\"", future(), pending.nonce())), "not RS256");
        refused(B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims(issuer, "\"casework\"", future(), pending.nonce())
                .getBytes(StandardCharsets.UTF_8)) + ".", "not RS256");
        refused(signed(providerKey, "RS256", claims("https://evil.example", "\"casework\"", future(), pending.nonce())),
                "another issuer");
        refused(signed(providerKey, "RS256", claims(issuer, "\"someone-else\"", future(), pending.nonce())),
                "not for this client");
        refused(signed(providerKey, "RS256", claims(issuer, "\"casework\"", Instant.now().getEpochSecond() - 3600,
                pending.nonce())), "expired");
        refused(signed(providerKey, "RS256", claims(issuer, "\"casework\"", future(), "replayed")), "nonce");
        refused(signed(providerKey, "RS256", "{\"iss\":\"" + issuer + "\",\"aud\":\"casework\",\"exp\":" + future()
                + ",\"nonce\":\"" + pending.nonce() + "\",\"sub\":\"x\"}"), "carries no preferred_username");
        refused("not.a-jwt", "not a signed JWT");
        refused("!!.@@.##", "base64url");
        assertThatThrownBy(() -> openId.complete(null, REDIRECT, pending)).isInstanceOf(SingleSignOnException.class)
                .hasMessageContaining("no authorization code");
    }

    private void refused(String idToken, String why) {
        token = idToken;
        assertThatThrownBy(() -> openId.complete("c", REDIRECT, pending)).as(why)
                .isInstanceOf(SingleSignOnException.class).hasMessageContaining(why);
    }

    private static String claims(String iss, String aud, long exp, String nonce) {
        return "{\"iss\":\"" + iss + "\",\"aud\":" + aud + ",\"exp\":" + exp + ",\"iat\":"
                + Instant.now().getEpochSecond() + ",\"nonce\":\"" + nonce + "\",\"sub\":\"u1\","
                + "\"preferred_username\":\"investigator\"}";
    }

    private static long future() {
        return Instant.now().getEpochSecond() + 300;
    }

    private static String signed(KeyPair key, String alg, String claims) {
        try {
            String input = B64.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"k1\"}")
                    .getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.getPrivate());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? Arrays.copyOfRange(twosComplement, 1, twosComplement.length)
                : twosComplement;
    }

    private static Map<String, String> query(String query) {
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private void answer(String path, Supplier<String> json) {
        server.createContext(path, exchange -> {
            byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
