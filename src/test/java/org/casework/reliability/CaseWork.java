package org.casework.reliability;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.casework.it.ApiClient;

/**
 * Staff taking a new case to the practitioner's response: the investigator accepts it at triage, a case examiner
 * approves the notice of investigation, and the engine's jobs draft, issue and email it. Led by the case's open tasks,
 * so an action whose answer was lost with a node is not repeated: the next look shows whether it happened.
 */
final class CaseWork {

    private final Supplier<ApiClient> server;
    private final String drill;
    private final AtomicInteger failed = new AtomicInteger();

    /** {@code server}: the client of the server up now (a drill that restarts its server gives the newest). */
    CaseWork(Supplier<ApiClient> server, String drill) {
        this.server = server;
        this.drill = drill;
    }

    /** True once the case waits for the practitioner's response; false (and counted) after three minutes. */
    boolean takeThroughTriage(String reference) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ApiClient api = server.get();
                List<JsonObject> tasks = ApiClient.array(api.get("/api/v1/cases/" + reference + "/tasks",
                        TwoNodeFailover.INVESTIGATOR[0], TwoNodeFailover.INVESTIGATOR[1]))
                        .getValuesAs(JsonObject.class);
                for (JsonObject task : tasks) {
                    switch (task.getString("taskKey")) {
                        case "recordPractitionerResponse" -> {
                            return true;
                        }
                        case "triageComplaint" -> act(api.postJson("/api/v1/tasks/" + task.getString("id")
                                + "/triage", TwoNodeFailover.INVESTIGATOR[0], TwoNodeFailover.INVESTIGATOR[1],
                                "{\"decision\":\"ACCEPT\",\"note\":\"Photos of patients on a public account\","
                                        + "\"allegations\":[\"Confidentiality and privacy\"]}"), reference, drill);
                        case "approveLetters" -> act(api.postJson("/api/v1/tasks/" + task.getString("id")
                                + "/letter-approval", TwoNodeFailover.EXAMINER[0], TwoNodeFailover.EXAMINER[1],
                                "{\"approved\":true}"), reference, drill);
                        default -> {
                        }
                    }
                }
            } catch (RuntimeException e) {
                // a node went away mid-request: look again
            }
            pause();
        }
        failed.incrementAndGet();
        System.out.printf("[%s] %s did not reach the practitioner's response in 3 minutes%n", drill, reference);
        return false;
    }

    int failed() {
        return failed.get();
    }

    /** 2xx, or a 404/409 of a task another attempt already completed; anything else is shown. */
    private static void act(HttpResponse<byte[]> answer, String reference, String drill) {
        int status = answer.statusCode();
        if (status / 100 != 2 && status != 404 && status != 409 && status != 502 && status != 503) {
            System.out.printf("[%s] %s: %d %s%n", drill, reference, status, ApiClient.text(answer));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
