package ru.socorder.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.socorder.service.exchange.FileNames;
import ru.socorder.service.reporting.PrintedForm;

/** File responses of the API: content type and a Content-Disposition that keeps Cyrillic file names (RFC 6266). */
public final class Downloads {
    private Downloads() {
    }

    /** Shown in the browser when it can (PDF), else saved. */
    public static Response inline(PrintedForm form) {
        return of(form.fileName(), form.contentType(), form.content(), "inline");
    }

    public static Response attachment(PrintedForm form) {
        return of(form.fileName(), form.contentType(), form.content(), "attachment");
    }

    /**
     * The name goes through {@link FileNames#forDownload} (no path, no control characters, at most the 255 characters
     * file systems hold, even for names stored before uploads were checked); the quoted ASCII fallback holds no quote or backslash, the UTF-8 form is
     * percent-encoded, so no name can break the header.
     */
    public static Response of(String name, String contentType, byte[] content, String disposition) {
        return Response.ok(content, contentType).header("Content-Disposition", disposition(name, disposition)).build();
    }

    /** A file written straight to the response while it is produced (exports of any length). */
    public static Response streamed(String name, String contentType, StreamingOutput body, String disposition) {
        return Response.ok(body, contentType).header("Content-Disposition", disposition(name, disposition)).build();
    }

    private static String disposition(String name, String disposition) {
        String fileName = FileNames.forDownload(name, "file");
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
