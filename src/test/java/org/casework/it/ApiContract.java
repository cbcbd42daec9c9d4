package org.casework.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API's contract ({@code META-INF/openapi.yaml}, served at {@code /openapi}) held against what the integration
 * tests really send and get: every answer of the API must be one the contract describes (status, headers, media type,
 * body), and every request the server accepted (2xx) must be one the contract allows. A request refused on purpose
 * (hostile input) is not held to it, its answer is. So the document cannot drift from the code unnoticed.
 */
final class ApiContract {

    static final String DOCUMENT = "META-INF/openapi.yaml";
    /** On in the integration tests (failsafe sets it); benchmarks and drills that use the client leave it off. */
    static final boolean ON = Boolean.getBoolean("casework.api.contract");
    /** What the validator says of an address or method the API does not have: the server agrees, with 404 or 405. */
    private static final Set<String> NOT_IN_THE_API = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();
        }
        return validator;
    }

    static String document() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws an AssertionError naming each way the exchange breaks the contract. */
    static void check(HttpRequest request, byte[] body, HttpResponse<byte[]> answer) {
        String rawPath = request.uri().getRawPath();
        int api = rawPath.indexOf("/api/");
        if (!ON || api < 0) {
            return; // pages, the portal, /openapi itself: not the API
        }
        String path = rawPath.substring(api);
        Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
        List<ValidationReport.Message> broken = new ArrayList<>(validator()
                .validateResponse(path, method, response(answer)).getMessages());
        if (answer.statusCode() / 100 == 2) {
            broken.addAll(validator().validateRequest(request(request, method, path, body)).getMessages());
        }
        broken.removeIf(m -> m.getLevel() != ValidationReport.Level.ERROR);
        if (answer.statusCode() == 404 || answer.statusCode() == 405) {
            broken.removeIf(m -> NOT_IN_THE_API.contains(m.getKey()));
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("The API's contract (" + DOCUMENT + ") does not allow " + request.method() + " "
                    + path + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())
                    + " answered " + answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("(no type)") + ": "
                    + broken.stream().map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("; "))
                    + "\nbody: " + new String(answer.body(), 0, Math.min(answer.body().length, 600),
                    StandardCharsets.UTF_8));
        }
    }

    private static SimpleRequest request(HttpRequest request, Request.Method method, String path, byte[] body) {
        SimpleRequest.Builder built = new SimpleRequest.Builder(method, path);
        request.headers().map().forEach(built::withHeader);
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                built.withQueryParam(name, value);
            }
        }
        if (body != null) {
            built.withBody(body);
        }
        return built.build();
    }

    private static SimpleResponse response(HttpResponse<byte[]> answer) {
        SimpleResponse.Builder built = new SimpleResponse.Builder(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                built.withHeader(name, values);
            }
        });
        if (answer.body().length > 0) {
            built.withBody(answer.body());
        }
        return built.build();
    }
}
