package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The network of a page's service worker, switched off and on through the Chrome DevTools
 * Protocol. A service worker is a DevTools target of its own: {@code Network.emulateNetworkConditions}
 * sent to the page (as Selenium does) does not reach the worker's fetches, so this talks to the
 * worker's target directly, through the browser's debugging address. The emulation lasts as long as
 * this connection: close it when done.
 */
final class WorkerNetwork implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> replies;
    private int nextId = 1;

    private WorkerNetwork(WebSocket socket, BlockingQueue<String> replies) {
        this.socket = socket;
        this.replies = replies;
    }

    /** Connects to the service worker whose script is at {@code scriptUrl}. */
    static WorkerNetwork of(ChromeDriver browser, String scriptUrl) throws IOException, InterruptedException {
        @SuppressWarnings("unchecked")
        Map<String, Object> chrome = (Map<String, Object>) browser.getCapabilities().getCapability("goog:chromeOptions");
        String address = (String) chrome.get("debuggerAddress");
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String webSocketUrl = Json.createReader(new StringReader(list)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> "service_worker".equals(t.getString("type", "")) && scriptUrl.equals(t.getString("url", "")))
                .map(t -> t.getString("webSocketDebuggerUrl")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No service worker " + scriptUrl + " among the browser's targets: " + list));
        // The target may speak first (events), before this object exists: collect into the queue from the start.
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(webSocketUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    replies.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        return new WorkerNetwork(socket, replies);
    }

    void offline(boolean offline) throws InterruptedException {
        send("Network.enable", "{}");
        send("Network.emulateNetworkConditions", "{\"offline\":" + offline
                + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
    }

    /** Sends one command and waits for its answer. */
    private void send(String method, String params) throws InterruptedException {
        int id = nextId++;
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            String reply = replies.poll(1, TimeUnit.SECONDS);
            if (reply == null) {
                continue;
            }
            JsonObject json = Json.createReader(new StringReader(reply)).readObject();
            if (json.getInt("id", -1) == id) {
                if (json.containsKey("error")) {
                    throw new IllegalStateException(method + " failed: " + json.get("error"));
                }
                return;
            }
        }
        throw new IllegalStateException("No answer to " + method);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
}
