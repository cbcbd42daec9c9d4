package org.casework.it;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.ComplaintSubmission.Complainant;
import org.casework.intake.entity.ComplaintSubmission.Practitioner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;

/**
 * Administrators keep the register over the API: a CSV import is every line or none, with every problem named by
 * line and column; registrants are added and changed field by field; a complaint naming a new registrant's number
 * is matched to them; nobody but an administrator reaches any of it.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class RegisterAdminIT {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-demo";
    private static final String PATH = "/api/v1/admin/practitioners";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRegisterFileIsImportedWholeOrNotAtAll() {
        ApiClient api = new ApiClient(base.toString());
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String a = "IT-" + tag + "-1";
        String b = "IT-" + tag + "-2";

        HttpResponse<byte[]> refused = api.post(PATH + "/import", ADMIN, ADMIN_PASSWORD, "text/csv",
                "registration_number,full_name,profession,email\n"
                        + a + ",Aroha Tane,Medical laboratory scientist,aroha@example.org\n"
                        + b + ",Ben Hill,,not-an-address\n"
                        + a + ",Aroha Again,Scientist,\n");
        assertThat(refused.statusCode()).as(ApiClient.text(refused)).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("line 3: profession", "line 3: email", "line 4: registration_number");
        assertThat(array(api.get(PATH + "?q=" + tag, ADMIN, ADMIN_PASSWORD))).as("nothing imported").isEmpty();

        HttpResponse<byte[]> imported = api.post(PATH + "/import", ADMIN, ADMIN_PASSWORD, "text/csv",
                "registration_number,full_name,profession,status,email\n"
                        + a + ",Aroha Tane,Medical laboratory scientist,,aroha.tane@example.org\n"
                        + b + ",Ben Hill,Anaesthetic technician,NON_PRACTISING,\n");
        assertThat(imported.statusCode()).as(ApiClient.text(imported)).isEqualTo(200);
        assertThat(object(imported).getInt("added")).isEqualTo(2);
        assertThat(object(imported).getInt("changed")).isZero();

        HttpResponse<byte[]> again = api.post(PATH + "/import", ADMIN, ADMIN_PASSWORD, "text/csv",
                "registration_number,full_name,profession,status\n" + b + ",Ben Hill,Anaesthetic technician,LAPSED\n");
        assertThat(object(again).getInt("added")).isZero();
        assertThat(object(again).getInt("changed")).isEqualTo(1);
        JsonObject ben = object(api.get(PATH + "/" + b, ADMIN, ADMIN_PASSWORD));
        assertThat(ben.getString("status")).isEqualTo("LAPSED");
        assertThat(ben.getString("statusLabel")).isEqualTo("Lapsed");
        assertThat(array(api.get(PATH + "?q=" + tag.toLowerCase(), ADMIN, ADMIN_PASSWORD)).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("fullName")).containsExactly("Aroha Tane", "Ben Hill");
    }

    @Test
    void anAdministratorAddsAndChangesARegistrantAndANewComplaintIsMatchedToThem() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        HttpResponse<byte[]> refused = api.postJson(PATH, ADMIN, ADMIN_PASSWORD, "{\"registrationNumber\":\""
                + number + "\",\"fullName\":\" \",\"profession\":\"Scientist\",\"status\":\"RETIRED\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("fullName", "status");
        assertThat(api.get(PATH + "/" + number, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);

        String details = "{\"registrationNumber\":\"" + number + "\",\"fullName\":\"Rangi Moana\",\"profession\":"
                + "\"Medical laboratory scientist\",\"scope\":\"Microbiology\",\"email\":\"rangi@example.org\"}";
        HttpResponse<byte[]> added = api.postJson(PATH, ADMIN, ADMIN_PASSWORD, details);
        assertThat(added.statusCode()).as(ApiClient.text(added)).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PATH
                + "/" + number));
        assertThat(object(added).getString("statusLabel")).isEqualTo("Current");
        HttpResponse<byte[]> twice = api.postJson(PATH, ADMIN, ADMIN_PASSWORD, details);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(object(twice).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("registrationNumber");

        HttpResponse<byte[]> changed = api.putJson(PATH + "/" + number, ADMIN, ADMIN_PASSWORD, "{\"fullName\":"
                + "\"Rangi Moana\",\"profession\":\"Medical laboratory scientist\",\"status\":\"NON_PRACTISING\","
                + "\"postalAddress\":\"PO Box 1, Wellington\"}");
        assertThat(changed.statusCode()).as(ApiClient.text(changed)).isEqualTo(200);
        assertThat(object(changed).getString("registrationNumber")).isEqualTo(number);
        assertThat(object(changed).getString("status")).isEqualTo("NON_PRACTISING");
        assertThat(object(changed).containsKey("email")).as("a field left out is cleared").isFalse();

        // intake matches a new complaint naming the number to the registrant just added
        ComplaintSubmission complaint = new ComplaintSubmission(
                new Complainant("Hemi Parata", "hemi.parata@example.org", null, "COLLEAGUE"),
                new Practitioner("Rangi Moana", number, "Capital Lab", "Medical laboratory scientist"),
                "FACEBOOK", List.of("https://www.facebook.com/rangi.demo/posts/1"), "2026-10-01", null,
                "Rangi posted a photo of a patient's sample label with the patient's name on it.",
                "YES", false, true, true);
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(complaint))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        JsonObject caseFile = object(api.get("/api/v1/cases/" + object(submitted).getString("reference"),
                "investigator", "investigator-demo"));
        assertThat(caseFile.getJsonObject("practitioner").getJsonObject("registerMatch")
                .getString("registrationNumber")).isEqualTo(number);

        // administrators only
        assertThat(api.get(PATH, "investigator", "investigator-demo").statusCode()).isEqualTo(403);
        assertThat(api.post(PATH + "/import", "registrar", "registrar-demo", "text/csv", "x").statusCode())
                .isEqualTo(403);
        assertThat(api.get(PATH, null, null).statusCode()).isEqualTo(401);
    }
}
