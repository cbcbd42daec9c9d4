package org.casework.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff's browser reduced to what a drill needs: one cookie jar (the session), pages fetched and JSF forms
 * posted back with the view state the page carried, each answer with the node that gave it.
 */
final class StaffBrowser {

    record Page(int status, String html, String node) {

        Optional<String> viewState() {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
            return state.find() ? Optional.of(state.group(1)) : Optional.empty();
        }

        /**
         * The hidden fields a browser without JavaScript posts back with a form: the view state and the page's script
         * nonce (PrimeFaces refuses to answer a postback whose nonce is not its page's).
         */
        Map<String, String> formState() {
            Map<String, String> fields = new LinkedHashMap<>();
            viewState().ifPresent(v -> fields.put("jakarta.faces.ViewState", v));
            Matcher nonce = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"").matcher(html);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            return fields;
        }

        boolean signedIn() {
            return status == 200 && html.contains("Sign out") && !html.contains("id=\"login\"");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    StaffBrowser(String base) {
        this.base = base;
    }

    /** Signs in through the form, as a person does; true if the page that follows is a signed-in one. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        Page login = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "");
        form.putAll(login.formState());
        return post("login.xhtml", form).signedIn();
    }

    Page get(String path) throws IOException, InterruptedException {
        return page(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build());
    }

    Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return page(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Page page(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Page(answer.statusCode(), answer.body(),
                answer.headers().firstValue(LoadBalancer.NODE_HEADER).orElse("?"));
    }
}
