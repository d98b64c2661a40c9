package ru.socorder.api.catalog;

import jakarta.ws.rs.core.Response;
import ru.socorder.api.Downloads;
import ru.socorder.service.exchange.TableWriter;

/** Downloads of directory exports in the API. */
final class Files {
    private Files() {
    }

    static Response download(TableWriter.ExportFile file) {
        return Downloads.streamed(file.fileName(), file.contentType(), out -> file.body().writeTo(out), "attachment");
    }
}
