package ru.socorder.web.catalog;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.socorder.service.exchange.TableWriter;

/** Turns an exported file into a PrimeFaces download. */
final class Downloads {
    private Downloads() {
    }

    static StreamedContent of(TableWriter.ExportFile file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }
}
