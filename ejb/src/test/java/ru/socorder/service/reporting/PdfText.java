package ru.socorder.service.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** What a reader of a printed form sees, for the printers' unit tests. */
public final class PdfText {
    private PdfText() {
    }

    /**
     * Text of a PDF as {@code pdftotext -layout} (poppler-utils) extracts it, pages separated by form feeds. Without
     * pdftotext the test is skipped with a message, except under CI, where it fails.
     */
    public static String of(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("order-form", ".pdf");
        try {
            Files.write(file, pdf);
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            } catch (IOException e) {
                String message = "pdftotext is not installed (apt-get install -y poppler-utils); the printed form cannot be checked";
                if (System.getenv("CI") != null) {
                    fail(message, e);
                }
                Assumptions.abort(message);
                throw e;
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
            assertEquals(0, p.exitValue(), text);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
