package ru.socorder.api.job;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.job.JobRowView;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;

/** Jobs and their rows as JSON; an import preview is a job with its rows. */
public final class JobJson {
    private JobJson() {
    }

    public static JsonObjectBuilder job(JobView j) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", j.id()).add("kind", j.kind()).add("status", j.status().name())
                .add("startedBy", j.startedBy())
                .add("valid", j.valid()).add("corrected", j.corrected()).add("rejected", j.rejected())
                .add("importable", j.importable())
                .add("total", j.total()).add("processed", j.processed()).add("written", j.written()).add("failed", j.failed())
                .add("percent", j.percent()).add("attempts", j.attempts());
        text(o, "fileName", j.fileName());
        text(o, "createdAt", j.createdAt());
        text(o, "startedAt", j.startedAt());
        text(o, "finishedAt", j.finishedAt());
        text(o, "message", j.message());
        return o;
    }

    private static void text(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value instanceof Instant i ? i.toString() : value.toString());
        }
    }

    public static JsonObjectBuilder row(JobRowView r) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        r.messages().forEach(messages::add);
        JsonObjectBuilder o = Json.createObjectBuilder().add("line", r.line()).add("status", r.verdict())
                .add("key", r.key() == null ? "" : r.key()).add("name", r.name() == null ? "" : r.name())
                .add("messages", messages);
        text(o, "outcome", r.outcome());
        if (r.recordId() != null) {
            o.add("recordId", r.recordId());
        }
        return o;
    }

    public static JsonArrayBuilder rows(Page<JobRowView> page) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.items().forEach(r -> rows.add(row(r)));
        return rows;
    }

    /** The preview of an import as the import endpoints answer: the job's counts and every row, and the job itself. */
    /** With {@code allRows} false only the first page of rows (a large file's rows are paged through the job). */
    public static JsonObjectBuilder preview(JobView j, Jobs jobs, boolean allRows) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            Page<JobRowView> page = jobs.rows(j.id(), new PageRequest(first, PageRequest.MAX_SIZE, "line", true, null));
            page.items().forEach(r -> rows.add(row(r)));
            if (page.items().size() < PageRequest.MAX_SIZE || !allRows) {
                break;
            }
        }
        return Json.createObjectBuilder()
                .add("valid", j.valid()).add("corrected", j.corrected()).add("rejected", j.rejected())
                .add("importable", j.importable()).add("created", j.written())
                .add("job", job(j)).add("rows", rows);
    }

    public static String previewProblem(JobView j, Jobs jobs, boolean allRows) {
        return preview(j, jobs, allRows).add("type", "about:blank").add("title", "Данные заполнены неверно").add("status", 400)
                .add("detail", "Импорт не выполнен: отклонено строк — " + j.rejected()
                        + ". Исправьте их и загрузите файл снова или загрузите только верные строки (rows=valid); "
                        + "отклонённые строки с причинами: /api/v1/jobs/" + j.id() + "/refused.csv")
                .build().toString();
    }
}
