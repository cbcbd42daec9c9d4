package org.casework.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A small HTTP client for the integration tests: Basic credentials, JSON and multipart bodies. */
public final class ApiClient {

    // HTTP/1.1: over HTTP/2 (h2c) the client reused a connection the server had closed while a browser journey ran
    // between two calls, and failed with "EOF reached while reading"; on HTTP/1.1 it opens a new one
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Duration timeout;

    public ApiClient(String base) {
        this(base, null);
    }

    /** A client whose every request gives up after {@code timeout} (a {@code HttpTimeoutException}, unchecked). */
    public ApiClient(String base, Duration timeout) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = timeout;
    }

    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part json(String name, String json) {
            return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    public HttpResponse<byte[]> get(String path, String user, String password, String... headers) {
        HttpRequest.Builder request = request(path, user, password).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, null);
    }

    public HttpResponse<byte[]> postJson(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), utf8(json));
    }

    public HttpResponse<byte[]> putJson(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), utf8(json));
    }

    /** Any method with a JSON body. */
    public HttpResponse<byte[]> send(String method, String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), utf8(json));
    }

    public HttpResponse<byte[]> delete(String path, String user, String password) {
        return send(request(path, user, password).DELETE(), null);
    }

    /** A POST that carries nothing but its address (an action on the resource it names). */
    public HttpResponse<byte[]> post(String path, String user, String password) {
        return send(request(path, user, password).POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    public HttpResponse<byte[]> post(String path, String user, String password, String contentType, String body) {
        return send(request(path, user, password).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), utf8(body));
    }

    public HttpResponse<byte[]> postMultipart(String path, List<Part> parts, String... headers) {
        String boundary = "casework-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String disposition = "form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                    + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path, null, null)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, body.toByteArray());
    }

    public static JsonObject object(HttpResponse<byte[]> response) {
        return (JsonObject) parse(response);
    }

    /** The rows of a list answer: every list of the API is an object holding them in {@code items}. */
    public static JsonArray array(HttpResponse<byte[]> response) {
        JsonArray items = object(response).getJsonArray("items");
        if (items == null) {
            throw new AssertionError("a list answer holds its rows in 'items': " + text(response));
        }
        return items;
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonStructure parse(HttpResponse<byte[]> response) {
        try (var reader = Json.createReader(new StringReader(text(response)))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (timeout != null) {
            builder.timeout(timeout);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends, then holds the request and its answer to the API's contract ({@link ApiContract}). */
    private HttpResponse<byte[]> send(HttpRequest.Builder request, byte[] body) {
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> answer = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.check(built, body, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
