package org.strata.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An OpenAI-compatible chat server on the user's machine (vLLM, llama.cpp's server, Ollama, LM Studio, TGI): one
 * question at a time to {@code /chat/completions}, greedy (temperature 0), the answer read from
 * {@code choices[0].message.content}. A server that cannot be reached stops the run; one that answers late or with
 * something else fails that question alone, with why.
 */
public final class ChatEndpoint {
    /** The server cannot be reached at all: nothing can be asked. */
    public static final class Unreachable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    private final URI url;
    private final String model;
    private final Duration timeout;

    /** {@code base}: the server's address, with or without {@code /v1} or {@code /chat/completions}. */
    public ChatEndpoint(String base, String model, Duration timeout) {
        String u = base.strip().replaceAll("/+$", "");
        if (!u.endsWith("/chat/completions")) u = (u.endsWith("/v1") ? u : u + "/v1") + "/chat/completions";
        try {
            this.url = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an address: " + base, e);
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException("not an http address: " + base);
        }
        this.model = model;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI url() {
        return url;
    }

    /** The server's answer to one question. */
    public String ask(String question) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        JsonArray messages = new JsonArray();
        JsonObject m = new JsonObject();
        m.addProperty("role", "user");
        m.addProperty("content", question);
        messages.add(m);
        body.add("messages", messages);
        body.addProperty("temperature", 0);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpConnectTimeoutException e) {
            throw new Unreachable("cannot reach the endpoint " + url + ": no connection within 10 s", e);
        } catch (HttpTimeoutException e) {
            throw new IOException("the endpoint did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new Unreachable("cannot reach the endpoint " + url + ": " + (e.getMessage() == null ? "connection refused" : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) throw new IOException("the endpoint answered HTTP " + response.statusCode() + ": " + snippet(response.body()));
        try {
            JsonElement content = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("choices").get(0).getAsJsonObject()
                    .getAsJsonObject("message").get("content");
            if (content == null || !content.isJsonPrimitive()) throw new IllegalStateException("no content");
            return content.getAsString();
        } catch (RuntimeException e) {
            throw new IOException("the endpoint answered what is not a chat completion: " + snippet(response.body()));
        }
    }

    private static String snippet(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
