package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Navigator file of certificate applications loaded as a job: rows checked one by one, the clerk writes only the
 * valid ones, each becomes an application with the usual outcome (issued, queued), the refused rows come back as a
 * file with their reasons, and loading the same file again creates nothing twice.
 */
class ApplicationImportIT extends IntegrationTest {
    private final Api api = new Api(base());

    private String file(CertificateFixtures.Volume v, String... children) {
        String number = api.get("api/v1/services/" + v.serviceId(), "admin", "demo").json().getString("registryNumber");
        StringBuilder csv = new StringBuilder("Номер заявления;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Реестровый номер услуги;"
                + "Дата начала;Фамилия заявителя;Телефон\n");
        for (String child : children) {
            csv.append(child.replace("{service}", number).replace("{start}", "01.09." + CertificateFixtures.YEAR)).append('\n');
        }
        return csv.toString();
    }

    private Api.Reply upload(CertificateFixtures.Volume v, String csv, String query) {
        return api.send("POST", "api/v1/certificate-applications/import?fileName=navigator.csv" + query, csv, "text/csv",
                v.clerk(), v.password());
    }

    @Test
    void validRowsBecomeApplicationsTheRefusedComeBackWithReasonsAndASecondLoadCreatesNothingTwice() {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "загрузка из Навигатора", 2);
        String csv = file(v,
                "NAV-1;Орлова;Анна;Игоревна;12.04.2015;" + CertificateFixtures.snils() + ";{service};{start};Орлова;+7 900 111-11-11",
                "NAV-2;Орлов;Пётр;Игоревич;03.11.2016;" + CertificateFixtures.snils() + ";{service};{start};Орлова;+7 900 111-11-11",
                "NAV-3;Белова;Ирина;;30.02.2016;" + CertificateFixtures.snils() + ";{service};{start};Белова;",
                "NAV-4;Зайцева;Ольга;Павловна;01.06.2014;" + CertificateFixtures.snils() + ";{service};{start};Зайцева;");
        Api.Reply preview = upload(v, csv, "");
        assertEquals(200, preview.status(), preview.body());
        assertEquals(3, preview.json().getInt("valid"));
        assertEquals(1, preview.json().getInt("rejected"));
        long job = preview.json().getJsonObject("job").getInt("id");
        assertEquals(400, api.send("POST", "api/v1/jobs/" + job + "/start", null, null, v.clerk(), v.password()).status(),
                "the whole file is not written while a row is rejected");
        assertEquals(202, api.send("POST", "api/v1/jobs/" + job + "/start?rows=valid", null, null, v.clerk(), v.password()).status());
        JsonObject done = awaitJob(v, job);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(3, done.getInt("written"), "a queued application is written too: " + done);

        List<JsonObject> applications = api.get("api/v1/certificate-applications?size=50", v.clerk(), v.password()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, applications.size(), applications.toString());
        assertTrue(applications.stream().allMatch(a -> a.getString("channel").equals("IMPORT")), applications.toString());
        assertEquals(2, applications.stream().filter(a -> a.getString("status").equals("ISSUED")).count(), "the volume of two certificates");
        assertEquals(1, applications.stream().filter(a -> a.getString("status").equals("QUEUED")).count(), "the third waits in the queue");

        Api.Reply refused = api.get("api/v1/jobs/" + job + "/refused.csv", v.clerk(), v.password());
        assertEquals(200, refused.status());
        List<String> lines = refused.body().replace("\uFEFF", "").lines().toList();
        assertEquals(2, lines.size(), refused.body());
        assertTrue(lines.get(1).startsWith("NAV-3;Белова;Ирина;;30.02.2016;"), lines.get(1));
        assertTrue(lines.get(1).contains("дата «30.02.2016» не распознана"), lines.get(1));

        Api.Reply again = upload(v, csv, "&confirm=true&rows=valid");
        assertEquals(202, again.status(), again.body());
        assertEquals("COMPLETED", awaitJob(v, again.json().getJsonObject("job").getInt("id")).getString("status"));
        assertEquals(3, api.get("api/v1/certificate-applications?size=50", v.clerk(), v.password()).json().getInt("total"),
                "the same file again: the applications of the first load, none new");
        assertEquals(2, api.get("api/v1/certificates?size=50", v.clerk(), v.password()).json().getInt("total"));
    }

    @Test
    void onlyAClerkOfAnAuthorityLoadsApplications() {
        Api.Reply observer = api.send("POST", "api/v1/certificate-applications/import?fileName=x.csv", "Фамилия\nИванова\n", "text/csv",
                "observer", "demo");
        assertEquals(403, observer.status(), observer.body());
        Api.Reply executor = api.send("POST", "api/v1/certificate-applications/import?fileName=x.csv", "Фамилия\nИванова\n", "text/csv",
                "executor", "demo");
        assertEquals(403, executor.status(), executor.body());
    }

    private JsonObject awaitJob(CertificateFixtures.Volume v, long id) {
        return api.awaitJob(id, v.clerk(), v.password());
    }
}
