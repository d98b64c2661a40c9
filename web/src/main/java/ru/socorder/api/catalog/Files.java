package ru.socorder.api.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.Downloads;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.catalog.ImportRow;
import ru.socorder.service.exchange.TableWriter;

/** Downloads and import previews in the API. */
final class Files {
    private Files() {
    }

    static Response download(TableWriter.ExportFile file) {
        return Downloads.of(file.fileName(), file.contentType(), file.content(), "attachment");
    }

    static JsonObjectBuilder preview(ImportPreview<?> p) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ImportRow r : p.rows()) {
            JsonArrayBuilder messages = Json.createArrayBuilder();
            r.messages().forEach(messages::add);
            rows.add(Json.createObjectBuilder().add("line", r.line()).add("status", r.status().name())
                    .add("key", r.key() == null ? "" : r.key()).add("name", r.name() == null ? "" : r.name())
                    .add("messages", messages));
        }
        return Json.createObjectBuilder()
                .add("valid", p.count(ImportRow.Status.VALID))
                .add("corrected", p.count(ImportRow.Status.CORRECTED))
                .add("rejected", p.count(ImportRow.Status.REJECTED))
                .add("importable", p.importable())
                .add("rows", rows);
    }

    static String previewJson(ImportPreview<?> p, int created) {
        return preview(p).add("created", created).build().toString();
    }

    static String previewProblem(ImportPreview<?> p) {
        return preview(p).add("type", "about:blank").add("title", "Данные заполнены неверно").add("status", 400)
                .add("detail", "Импорт не выполнен: отклонено строк — " + p.count(ImportRow.Status.REJECTED)
                        + ". Исправьте их и загрузите файл снова; пока есть отклонённые строки, ничего не записывается.")
                .build().toString();
    }
}
