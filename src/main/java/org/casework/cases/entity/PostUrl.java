package org.casework.cases.entity;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.casework.kernel.Reason;
import org.casework.kernel.Require;

/**
 * A link to a post, normalised: http(s) only, host in lower case, tracking parameters dropped. The server never
 * fetches it. The match key also ignores "www."/"m." and the scheme, so the same post reached two ways is recognised.
 */
public record PostUrl(String value, String host, String matchKey) {

    public static final int MAX_LENGTH = 2048;

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh",
            "mibextid", "si", "s", "ref", "ref_src", "ref_url", "_rdr", "__tn__", "rdid", "share_id", "feature",
            "is_from_webapp", "sender_device", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content");

    /** Hosts that are the same site under another name: a post is the same post on either. */
    private static final Map<String, String> ALIASES = Map.of("twitter.com", "x.com",
            "fb.com", "facebook.com", "instagr.am", "instagram.com");

    public static PostUrl parse(String raw, String field) {
        String text = Require.text(raw, field, MAX_LENGTH);
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new InvalidFieldException(field, Reason.NOT_A_WEB_LINK, "must not contain spaces or control characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, Reason.NOT_A_WEB_LINK, "is not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidFieldException(field, Reason.NOT_HTTP, "must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new InvalidFieldException(field, Reason.NOT_A_WEB_LINK,
                    "must name a web site, without a user name or password");
        }
        String host;
        try {
            host = IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, Reason.NOT_A_WEB_LINK, "has an invalid host name");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = cleanQuery(uri.getRawQuery());
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String value = scheme + "://" + host + port + path + (query.isEmpty() ? "" : "?" + query);
        String bareHost = ALIASES.getOrDefault(host.replaceFirst("^(www|m|mobile|web|mbasic)\\.", ""),
                host.replaceFirst("^(www|m|mobile|web|mbasic)\\.", ""));
        String key = bareHost + stripTrailingSlash(path) + (query.isEmpty() ? "" : "?" + query);
        return new PostUrl(value, bareHost, key);
    }

    public String matchHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(matchKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The platform a link belongs to, when its host says so. */
    public Optional<Platform> platform() {
        return Platform.fromHost(host);
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !TRACKING.contains(name) && !name.startsWith("utm_") && !name.startsWith("__cft__");
                })
                .collect(Collectors.joining("&"));
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
