package io.loclint.cli.gitea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server or a CI environment that would hold the gitea command forever. */
class GiteaHostileTest {

    @Test
    void aServerThatDripsItsAnswerIsCutOffAtTheTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread drip = new Thread(() -> {
                try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
                    socket.getInputStream().read(new byte[8192]);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    for (int i = 0; i < 600; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up, as it should
                }
            });
            drip.setDaemon(true);
            drip.start();
            GiteaSettings settings = GiteaSettings.resolve(Map.of("GITEA_SERVER_URL", "http://127.0.0.1:"
                    + server.getLocalPort(), "GITHUB_REPOSITORY", "o/r", "GITEA_TOKEN", "t0ken"), null, null, 1L,
                    null, false);
            GiteaClient client = new GiteaClient(settings, null, Duration.ofSeconds(2));
            long start = System.nanoTime();
            GiteaException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(GiteaException.class, () -> client.get("/repos/o/r")));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds < 5, "took " + seconds + " s");
            assertTrue(e.getMessage().contains("did not answer GET /api/v1/repos/o/r within 2 s"), e.getMessage());
        }
    }

    @Test
    void anEventPathThatIsNotARegularFileIsNotRead(@TempDir Path temp) throws Exception {
        Path fifo = temp.resolve("event.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        GiteaException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                GiteaException.class, () -> GiteaSettings.resolve(Map.of("GITEA_SERVER_URL", "http://127.0.0.1:1",
                        "GITHUB_REPOSITORY", "o/r", "GITHUB_EVENT_PATH", fifo.toString()), null, null, null, null,
                        true)));
        assertEquals("GITHUB_EVENT_PATH '" + fifo + "' is not a regular file", e.getMessage());
    }
}
