package ru.socorder.api.job;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.socorder.api.Problems;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;

/**
 * The answer of every {@code POST …/import} endpoint: the file is checked and stored as a job; without
 * {@code confirm=true} the preview is answered (200); with it and {@code rows=all} (the default) a file with a
 * rejected row is refused (400 with the preview), else the job starts writing in the background — the whole file, or
 * with {@code rows=valid} only its accepted rows: 202 with the preview and the job, {@code Location:
 * /api/v1/jobs/{id}} to follow it, {@code /api/v1/jobs/{id}/refused.csv} for the refused rows.
 */
public final class ImportCalls {
    private ImportCalls() {
    }

    /**
     * @param allRows whether the answer lists every row (the reference lists, small files) or the first page only
     *                (large files: the rest are paged through {@code GET /jobs/{id}})
     */
    public static Response importFile(Jobs jobs, String kind, String fileName, byte[] content, boolean confirm, String rows,
                                      UriInfo uri, boolean allRows) {
        Jobs.Rows which = rows(rows);
        JobView job = jobs.previewImport(kind, fileName, content);
        if (!confirm) {
            return Response.ok(JobJson.preview(job, jobs, allRows).build().toString()).build();
        }
        if (which == Jobs.Rows.ALL && !job.importable()) {
            return Response.status(400).type(Problems.PROBLEM_JSON).entity(JobJson.previewProblem(job, jobs, allRows)).build();
        }
        JobView started = jobs.confirm(job.id(), which);
        return Response.accepted(JobJson.preview(started, jobs, allRows).build().toString())
                .location(uri.getBaseUriBuilder().path("jobs").path(String.valueOf(started.id())).build()).build();
    }

    /** {@code rows}: all (the default) or valid; anything else is refused naming the parameter. */
    public static Jobs.Rows rows(String value) {
        if (value == null || value.isBlank() || "all".equalsIgnoreCase(value.strip())) {
            return Jobs.Rows.ALL;
        }
        if ("valid".equalsIgnoreCase(value.strip())) {
            return Jobs.Rows.VALID;
        }
        throw new ValidationFailed("rows", "Укажите rows=all (весь файл или ничего) или rows=valid (только верные строки)");
    }
}
