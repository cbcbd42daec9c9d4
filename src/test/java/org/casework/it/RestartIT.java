package org.casework.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;

/**
 * The default installation, as the README's run command makes it: Payara Micro with an H2 file database in a data
 * folder. Stopping and starting again keeps the cases and their waiting process instances, and does not load the
 * demo data twice; jobs that fell due while the server was down (here: the demo complaints' acknowledgements, left
 * waiting by a first run without job executor) run as soon as it is back, with everything they need. Prints the boot time and resident memory (numbers for the closing note, not assertions).
 */
@Tag("restart")
class RestartIT {

    @Test
    void casesAndWaitingProcessesSurviveARestartOnTheSameH2File() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "restart-data");
        Path log = Path.of(System.getProperty("casework.buildDir"), "restart-it.log");
        List<String> before;
        try (PayaraProcess first = PayaraProcess.start(dataDir, log, "-Dcasework.workflow.job-executor=false")) {
            long bootMillis = first.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("[measure] first boot (empty H2, schema + demo data): ready in %d ms, RSS %d MB%n",
                    bootMillis, first.residentMegabytes());
            before = triageTasks(new ApiClient(first.base()));
            assertThat(before).hasSize(3);
            first.stop();
        }
        assertThat(dataDir.resolve("db/casework.mv.db")).exists();

        GreenMail mail = LocalMail.start();
        int smtpPort = mail.getSmtp().getPort();
        try (PayaraProcess second = PayaraProcess.start(dataDir, log, "-Dcasework.smtp.host=127.0.0.1",
                "-Dcasework.smtp.port=" + smtpPort)) {
            long bootMillis = second.awaitHealthy(Duration.ofSeconds(120));
            // the jobs start with the engine, before any request: the first use of the case store is on a job thread
            assertThat(mail.waitForIncomingEmail(60_000, before.size())).as("every acknowledgement due is sent")
                    .isTrue();
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(RestartIT::subject).toList())
                    .allSatisfy(subject -> assertThat(before).anySatisfy(ref -> assertThat(subject).contains(ref)));
            System.out.printf("[measure] restart on the same H2 file: ready in %d ms, RSS %d MB%n",
                    bootMillis, second.residentMegabytes());
            ApiClient api = new ApiClient(second.base());
            assertThat(triageTasks(api)).containsExactlyElementsOf(before);
            JsonObject david = ApiClient.object(api.get("/api/v1/cases/" + before.get(0), "investigator",
                    "investigator-demo"));
            assertThat(david.getString("status")).isEqualTo("RECEIVED");
            assertThat(david.getJsonArray("evidence")).hasSize(1);
        } finally {
            mail.stop();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> triageTasks(ApiClient api) {
        return array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("taskKey").equals("triageComplaint"))
                .map(t -> t.getString("caseReference"))
                .toList();
    }
}
