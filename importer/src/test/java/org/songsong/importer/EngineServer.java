package org.songsong.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.text.VietnameseText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A translation engine in the test: LibreTranslate's {@code POST /translate} and an OpenAI-compatible
 * {@code POST /v1/chat/completions}, as their documentation describes them. It translates as a weak
 * engine would, word for word, names literally ("Tô Lâm" becomes "Bowl Forest"), words it does not know
 * spelled backwards, and keeps tokens such as {@code [X0X]}; an OpenAI request's glossary lines ("- Tô Lâm = To Lam") are followed first, as a model
 * told them would. Scripted answers (a status, a body, a delay) are served first, in order.
 */
final class EngineServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GLOSSARY_LINE = Pattern.compile("(?m)^- (.+?) = (.+)$");

    /** Word for word: syllables to English words; the rest loses its diacritics. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("Bộ trưởng", "Minister");
        WORDS.put("Thứ trưởng", "Vice Minister");
        WORDS.put("Bộ Công an", "Department of Police");
        WORDS.put("Trung Quốc", "Middle Kingdom");
        WORDS.put("Việt Nam", "Viet South");
        WORDS.put("Tô", "Bowl");
        WORDS.put("Lâm", "Forest");
        WORDS.put("hợp tác", "cooperation");
        WORDS.put("tội phạm", "crime");
        WORDS.put("và", "and");
        WORDS.put("với", "with");
        WORDS.put("tại", "at");
    }

    /** A scripted answer. */
    record Answer(int status, String body, Duration delay) {
    }

    /** What a request carried, and when it came (System.nanoTime). */
    record Request(String path, String authorization, JsonNode body, long receivedAt) {
    }

    /** How the server answers once the script is used up. */
    enum Mode {
        TRANSLATE, ONE_TRANSLATION_SHORT, NOT_JSON, THINK_ALOUD
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Mode mode = Mode.TRANSLATE;

    EngineServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/translate", exchange -> answer(exchange, this::libreTranslate));
        server.createContext("/v1/chat/completions", exchange -> answer(exchange, this::chatCompletion));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized EngineServer then(int status, String body) {
        script.add(new Answer(status, body, Duration.ZERO));
        return this;
    }

    synchronized EngineServer thenSlowly(Duration delay) {
        script.add(new Answer(0, null, delay));
        return this;
    }

    EngineServer mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every text the engine was asked to translate. */
    List<String> textsSent() {
        List<String> texts = new ArrayList<>();
        for (Request request : requests()) {
            JsonNode q = request.body().get("q");
            if (q != null) {
                if (q.isArray()) {
                    q.forEach(t -> texts.add(t.asText()));
                } else {
                    texts.add(q.asText());
                }
            } else {
                JsonNode messages = request.body().get("messages");
                texts.add(messages.get(messages.size() - 1).get("content").asText());
            }
        }
        return texts;
    }

    private interface Handler {
        String answer(JsonNode request);
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, System.nanoTime()));
            Answer scripted;
            synchronized (this) {
                scripted = script.poll();
            }
            if (scripted != null && !scripted.delay().isZero()) {
                sleep(scripted.delay());
                scripted = null;
            }
            if (scripted != null) {
                send(exchange, scripted.status(), scripted.body());
            } else if (mode == Mode.NOT_JSON) {
                send(exchange, 200, "<html><body>502 Bad Gateway</body></html>");
            } else {
                send(exchange, 200, handler.answer(body));
            }
        }
    }

    private String libreTranslate(JsonNode request) {
        ObjectNode answer = JSON.createObjectNode();
        JsonNode q = request.get("q");
        if (q.isArray()) {
            ArrayNode translated = answer.putArray("translatedText");
            int count = mode == Mode.ONE_TRANSLATION_SHORT ? q.size() - 1 : q.size();
            for (int i = 0; i < count; i++) {
                translated.add(wordForWord(q.get(i).asText(), Map.of()));
            }
        } else {
            answer.put("translatedText", wordForWord(q.asText(), Map.of()));
        }
        return answer.toString();
    }

    private String chatCompletion(JsonNode request) {
        JsonNode messages = request.get("messages");
        Map<String, String> glossary = new LinkedHashMap<>();
        Matcher line = GLOSSARY_LINE.matcher(messages.get(0).get("content").asText());
        while (line.find()) {
            glossary.put(line.group(1), line.group(2));
        }
        String english = wordForWord(messages.get(messages.size() - 1).get("content").asText(), glossary);
        if (mode == Mode.THINK_ALOUD) {
            english = "<think>The user wants English. Tô Lâm is a name.</think>\n" + english;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", request.get("model").asText());
        ObjectNode choice = answer.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", english);
        return answer.toString();
    }

    /**
     * The glossary's terms and the known words in English, every other word spelled backwards without its
     * diacritics ("tiếp" becomes "peit"): an answer that shares no words with its text but its names, as a
     * translation does, and tokens left as they came.
     */
    static String wordForWord(String vietnamese, Map<String, String> glossary) {
        String marked = vietnamese;
        for (Map.Entry<String, String> term : glossary.entrySet()) {
            marked = marked.replace(term.getKey(), "\u0001" + term.getValue() + "\u0002");
        }
        for (Map.Entry<String, String> word : WORDS.entrySet()) {
            marked = marked.replace(word.getKey(), "\u0001" + word.getValue() + "\u0002");
        }
        String folded = VietnameseText.foldKeepingCase(marked);
        StringBuilder english = new StringBuilder(folded.length());
        Matcher part = ENGLISH_OR_WORD.matcher(folded);
        int copied = 0;
        while (part.find()) {
            english.append(folded, copied, part.start());
            english.append(part.group(1) != null ? part.group(1) : backwards(part.group(2)));
            copied = part.end();
        }
        return english.append(folded, copied, folded.length()).toString();
    }

    private static final Pattern ENGLISH_OR_WORD = Pattern.compile("\u0001([^\u0002]*)\u0002|(\\p{L}{2,})");

    private static String backwards(String word) {
        String reversed = new StringBuilder(word.toLowerCase()).reverse().toString();
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(reversed.charAt(0)) + reversed.substring(1)
                : reversed;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status < 300 ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
